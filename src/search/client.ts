/**
 * The search page in the browser, on Pagefind's JS API and plain DOM (no
 * framework: what ships before the first keystroke is this file alone).
 * Pagefind (script, WebAssembly, index) loads only when a reader comes to the
 * search box, searches, or arrives with a query or filter in the URL; while
 * they type, the index chunks for their words load too (Pagefind's preload),
 * so Enter has little left to fetch. State lives in the URL: typing
 * replaces the entry, submitting or changing a filter pushes one, so reload
 * and Back restore what was shown. Markup: src/search/SearchApp.astro.
 */
import {
  FACETS,
  RANKING,
  SORT_KEY,
  emptyState,
  excerptParts,
  inLocale,
  isActive,
  matchesQuery,
  pagefindFilters,
  parseState,
  serializeState,
  toggleFilter,
  type FacetKey,
  type SearchState,
} from './state';
import type { SearchIslandProps } from './page';
import { interpolate } from '../lib/interpolate';
import type { PagefindApi as Pagefind, PagefindResult, PagefindResultData as ResultData } from './pagefind-api';

const PAGE_SIZE = 10;
const TYPING_DELAY = 250;
/** Facet values shown before "Show all". */
const FACET_PREVIEW = 6;

let loading: Promise<Pagefind> | undefined;
let filtersLoaded: Promise<void> = Promise.resolve();
function loadPagefind(url: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // The bundle sits at the site root, so its URL gives the base for result links.
    await pf.options({ excerptLength: 28, baseUrl: new URL('..', new URL(url, location.href)).pathname, ranking: RANKING });
    await pf.init();
    // Every filter key, so searches report counts for all facets. Loaded beside the first search, not before it.
    filtersLoaded = pf.filters().then(() => undefined);
    return pf;
  })();
  // A failed load (offline) may be retried by the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}

type Counts = Partial<Record<FacetKey, Record<string, number>>>;
type Status = 'idle' | 'loading' | 'done' | 'error';

/** A small element builder: the page's CSP forbids inline styles, and text always goes in as text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | undefined> = {}, ...children: (Node | string | null | undefined | false)[]) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, v);
  for (const c of children) if (c) e.append(c);
  return e;
}

export function start(root: HTMLElement) {
  const props = JSON.parse(root.querySelector('[data-search-props]')!.getAttribute('data-search-props')!) as SearchIslandProps;
  const { locale, locales, strings, labels, initialCounts, themeLinks, bundleUrl } = props;
  const t = (key: string, params: Record<string, string | number> = {}) => interpolate(strings[key] ?? key, params);
  const plural = new Intl.PluralRules(locale);
  const countText = (n: number) => t(plural.select(n) === 'one' ? 'search.count.one' : 'search.count.other', { n: n.toLocaleString(locale) });
  const label = (key: FacetKey, value: string) => labels[key]?.[value] ?? fallbackLabel(key, value, locale);

  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('#search-q')!;
  const facetsBox = root.querySelector<HTMLDetailsElement>('.search-facets')!;
  const facetsList = root.querySelector<HTMLElement>('[data-facets]')!;
  const clearButton = root.querySelector<HTMLButtonElement>('[data-clear]')!;
  const section = root.querySelector<HTMLElement>('.search-results')!;
  const statusEl = root.querySelector<HTMLElement>('[role=status]')!;
  const sortSelect = root.querySelector<HTMLSelectElement>('.search-sort select')!;
  const activeBox = root.querySelector<HTMLElement>('[data-active]')!;
  const body = root.querySelector<HTMLElement>('[data-body]')!;

  let state: SearchState = emptyState();
  let status: Status = 'idle';
  let results: PagefindResult[] = [];
  let data: ResultData[] = [];
  let counts: Counts = initialCounts;
  const expanded = new Set<FacetKey>();
  let typingTimer: number | undefined;
  let searchSeq = 0;

  // Filters start folded on phones, so results are not pushed two screens down; open beside them on wide screens.
  facetsBox.open = window.matchMedia('(min-width: 52rem)').matches;

  /** Apply a new state; write it to the URL unless it came from the URL. */
  function commit(next: SearchState, history: 'push' | 'replace' | 'none') {
    state = next;
    if (history !== 'none') {
      const url = `${location.pathname}${serializeState(next)}`;
      if (url !== `${location.pathname}${location.search}`) {
        if (history === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
    }
    void run();
  }

  const hasFilters = () => FACETS.some((k) => state.filters[k]?.length);

  async function run() {
    const seq = ++searchSeq;
    const current = state;
    sortSelect.value = current.sort;
    if (!isActive(current)) {
      status = 'idle';
      results = [];
      data = [];
      counts = initialCounts;
      statusEl.textContent = '';
      render(serializeState(current));
      return;
    }
    status = 'loading';
    render();
    try {
      const pf = await loadPagefind(bundleUrl);
      const term = current.q.trim() || null;
      // Without words there is no relevance: newest first.
      const sort = current.sort === 'date' || !term ? { [SORT_KEY]: 'desc' as const } : undefined;
      const main = await pf.search(term, { filters: pagefindFilters(current, locale), sort });
      if (!main || seq !== searchSeq) return;
      // Only the first page of results is fetched before the first paint.
      const first = await Promise.all(main.results.slice(0, PAGE_SIZE).map((r) => r.data()));
      if (seq !== searchSeq) return;
      // Pagefind's prefix fallback can return pages for a word that is nowhere on the site.
      const real = !term || !first[0] || matchesQuery(term, first[0]);
      results = real ? main.results : [];
      data = real ? first : [];
      // Results first: counts follow once every filter chunk is in (`data-shown` marks this first paint).
      counts = real ? { ...counts, ...Object.fromEntries(FACETS.filter((k) => main.filters[k]).map((k) => [k, main.filters[k]!])) } : {};
      status = 'done';
      const n = countText(results.length);
      statusEl.textContent = term ? t('search.count.for', { count: n, q: term }) : n;
      render();
      section.dataset.shown = serializeState(current);
      if (!real) return render(serializeState(current));
      await filtersLoaded;
      // For a facet with nothing selected, counts of this search are exact (adding a value narrows within these results).
      // Values within a facet are alternatives, so a selected facet's counts are those of the search without it: one
      // more search per selected facet. Pagefind reports per-filter counts only for the filters applied, so there is
      // no cheaper exact way (its totalFilters ignore every filter, the locale one included). They download nothing new.
      const selected = FACETS.filter((k) => current.filters[k]?.length);
      const [all, ...without] = await Promise.all([
        pf.search(term, { filters: pagefindFilters(current, locale), sort }),
        ...selected.map((k) => pf.search(term, { filters: pagefindFilters(current, locale, k) })),
      ]);
      if (seq !== searchSeq) return;
      counts = Object.fromEntries(FACETS.map((k) => [k, all?.filters[k] ?? {}]));
      selected.forEach((k, i) => (counts[k] = without[i]?.filters[k] ?? {}));
      render(serializeState(current));
    } catch (err) {
      if (seq !== searchSeq) return;
      console.error(err);
      status = 'error';
      statusEl.textContent = t('search.error');
      render(serializeState(current));
    }
  }

  /** Redraws facets, active filters and results; `done` marks the state as finished (tests and tools wait on it). */
  function render(done?: string) {
    section.setAttribute('aria-busy', String(status === 'loading'));
    renderFacets();
    renderActive();
    renderBody();
    if (done !== undefined) section.dataset.done = section.dataset.shown = done;
    else delete section.dataset.done;
    if (status === 'loading') delete section.dataset.shown;
  }

  function renderFacets() {
    const anyCount = FACETS.some((k) => Object.values(counts[k] ?? {}).some((n) => n > 0));
    facetsBox.hidden = !(hasFilters() || anyCount);
    // Keep focus on the same checkbox across the redraw (keyboard users toggle several in a row).
    const focused = document.activeElement instanceof HTMLInputElement && facetsList.contains(document.activeElement) ? document.activeElement : null;
    const focusKey = focused && `${focused.name}\u0000${focused.value}`;
    const focusedMore = document.activeElement instanceof HTMLButtonElement && facetsList.contains(document.activeElement) ? document.activeElement.getAttribute('aria-controls') : null;
    facetsList.replaceChildren(...FACETS.map(facet).filter((f): f is HTMLFieldSetElement => f !== null));
    if (focusKey) for (const i of facetsList.querySelectorAll('input')) if (`${i.name}\u0000${i.value}` === focusKey) i.focus();
    if (focusedMore) facetsList.querySelector<HTMLElement>(`button[aria-controls="${focusedMore}"]`)?.focus();
    clearButton.hidden = !hasFilters();
  }

  function facet(name: FacetKey): HTMLFieldSetElement | null {
    const c = counts[name] ?? {};
    const selected = state.filters[name] ?? [];
    const values = [...new Set([...Object.keys(c), ...selected])].filter((v) => (c[v] ?? 0) > 0 || selected.includes(v));
    if (name === 'theme' || name === 'format') {
      const order = Object.keys(labels[name] ?? {});
      values.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    } else values.sort((a, b) => (c[b] ?? 0) - (c[a] ?? 0) || label(name, a).localeCompare(label(name, b)));
    if (!values.length) return null;
    const open = expanded.has(name);
    const listId = `facet-${name}`;
    const list = el('ul', { id: listId, role: 'list' });
    for (const v of open ? values : values.slice(0, FACET_PREVIEW)) {
      const box = el('input', { type: 'checkbox', name, value: v });
      box.checked = selected.includes(v);
      box.addEventListener('change', () => onToggle(name, v));
      list.append(el('li', {}, el('label', {}, box, ' ', label(name, v), ' ', el('span', { class: 'search-count' }, String(c[v] ?? 0)))));
    }
    const set = el('fieldset', { class: 'search-facet' }, el('legend', {}, t(`search.facet.${name}`)), list);
    if (values.length > FACET_PREVIEW) {
      const more = el('button', { type: 'button', class: 'link-button', 'aria-expanded': String(open), 'aria-controls': listId }, open ? t('search.filters.less') : t('search.filters.more', { n: values.length }));
      more.addEventListener('click', () => {
        if (open) expanded.delete(name);
        else expanded.add(name);
        renderFacets();
      });
      set.append(more);
    }
    return set;
  }

  function renderActive() {
    activeBox.hidden = !hasFilters();
    const list = activeBox.querySelector('ul')!;
    list.replaceChildren(
      ...FACETS.flatMap((key) =>
        (state.filters[key] ?? []).map((v) => {
          const chip = el(
            'button',
            { type: 'button', class: 'search-chip', 'aria-label': t('search.active.remove', { name: label(key, v) }) },
            el('span', { class: 'muted' }, t(`search.facet.${key}`)),
            ` ${label(key, v)} `,
            el('span', { 'aria-hidden': 'true' }, '×'),
          );
          chip.addEventListener('click', () => onToggle(key, v));
          return el('li', {}, chip);
        }),
      ),
    );
  }

  function renderBody() {
    const parts: Node[] = [];
    const active = isActive(state);
    if (!active) parts.push(el('p', { class: 'muted' }, t('search.idle')));
    if (status === 'loading') parts.push(el('p', { class: 'muted', 'aria-hidden': 'true' }, t('search.loading')));
    if (status === 'error') parts.push(el('p', { class: 'notice' }, t('search.error')));
    if (active && status === 'done' && results.length === 0) {
      const q = state.q.trim();
      const clear = hasFilters() ? el('button', { type: 'button', class: 'link-button' }, t('search.filters.clear')) : null;
      clear?.addEventListener('click', onClear);
      parts.push(
        el(
          'div',
          { class: 'search-empty' },
          el('p', {}, el('strong', {}, q ? t('search.empty', { q }) : t('search.empty.filters'))),
          el('p', {}, t('search.empty.spelling')),
          clear && el('p', {}, clear),
          el('p', {}, t('search.empty.themes')),
          el('ul', { class: 'tags' }, ...themeLinks.map((th) => el('li', {}, el('a', { class: `badge theme-${th.id}`, href: th.href }, th.label)))),
        ),
      );
    }
    if (data.length > 0) parts.push(el('ol', { class: 'search-list', role: 'list' }, ...data.map(resultItem)));
    if (data.length < results.length && status === 'done') {
      const more = el('button', { type: 'button', class: 'button' }, t('search.more'));
      more.addEventListener('click', () => void onMore());
      parts.push(more);
    }
    body.replaceChildren(...parts);
  }

  function resultItem(r: ResultData): HTMLLIElement {
    const lang = r.filters.language?.[0];
    const format = r.filters.format?.[0];
    const facts = [format && label('format', format), (r.filters.country ?? []).map((c) => label('country', c)).join(', '), lang && label('language', lang)].filter(Boolean);
    const themes = r.filters.theme ?? [];
    return el(
      'li',
      { class: r.meta.image ? 'search-result' : 'search-result no-image' },
      r.meta.image && el('img', { src: r.meta.image, alt: '', loading: 'lazy', decoding: 'async', width: '160', height: '100' }),
      el(
        'div',
        {},
        el('h3', { lang }, el('a', { href: inLocale(r.url, locale, locales) }, r.meta.title ?? '')),
        el('p', { class: 'search-excerpt', lang }, ...excerptParts(r.excerpt).map((p) => (p.mark ? el('mark', {}, p.text) : p.text))),
        el('p', { class: 'search-facts muted' }, facts.join(' · ')),
        themes.length > 0 && el('ul', { class: 'tags' }, ...themes.map((th) => el('li', {}, el('span', { class: `badge theme-${th}` }, label('theme', th))))),
      ),
    );
  }

  function onToggle(key: FacetKey, value: string) {
    window.clearTimeout(typingTimer);
    commit(toggleFilter({ ...state, q: input.value }, key, value), 'push');
  }
  // The clear button disappears with the filters: keep focus in a sensible place.
  function onClear() {
    commit({ ...state, q: input.value, filters: {} }, 'push');
    input.focus();
  }
  async function onMore() {
    const start = data.length;
    const more = await Promise.all(results.slice(start, start + PAGE_SIZE).map((r) => r.data()));
    data = [...data, ...more];
    renderBody();
    // Move focus to the first newly shown result.
    body.querySelectorAll<HTMLAnchorElement>('.search-result h3 a')[start]?.focus();
  }

  // A reader at the search box is about to search: fetch Pagefind meanwhile (a failure is retried by the search).
  const warmUp = () => void loadPagefind(bundleUrl).catch(() => undefined);
  input.addEventListener('focus', warmUp, { once: true });
  input.addEventListener('input', () => {
    const term = input.value.trim();
    if (term) void loadPagefind(bundleUrl).then((pf) => pf.preload(term, { filters: pagefindFilters({ ...state, q: term }, locale) })).catch(() => undefined);
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => commit({ ...state, q: input.value }, 'replace'), TYPING_DELAY);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    window.clearTimeout(typingTimer);
    commit({ ...state, q: input.value }, 'push');
  });
  clearButton.addEventListener('click', onClear);
  sortSelect.addEventListener('change', () => commit({ ...state, q: input.value, sort: sortSelect.value === 'date' ? 'date' : 'relevance' }, 'push'));

  const fromUrl = () => {
    const s = parseState(location.search);
    input.value = s.q;
    commit(s, 'none');
  };
  window.addEventListener('popstate', fromUrl);
  fromUrl();
  root.dataset.ready = '';
}

/** For a value the build did not label (content added under astro dev): ask the browser's Intl. */
function fallbackLabel(key: FacetKey, value: string, locale: string): string {
  try {
    if (key === 'country' || key === 'residence') return new Intl.DisplayNames([locale], { type: 'region' }).of(value) ?? value;
    if (key === 'language') return new Intl.DisplayNames([locale], { type: 'language' }).of(value) ?? value;
  } catch {
    /* an unknown code is shown as is */
  }
  return value;
}
