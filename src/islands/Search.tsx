/**
 * The search page island, on Pagefind's JS API. It renders at build with the
 * facet counts of the build, and loads Pagefind (script, WebAssembly, index)
 * only when a reader searches or arrives with a query or filter in the URL.
 * State lives in the URL: typing replaces the entry, submitting a query or
 * changing a filter pushes one, so reload and Back restore what was shown.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
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
} from '../search/state';
import type { SearchIslandProps } from '../search/page';
import { interpolate } from '../lib/interpolate';
import type { PagefindApi as Pagefind, PagefindResult, PagefindResultData as ResultData } from '../search/pagefind-api';

const PAGE_SIZE = 10;
const TYPING_DELAY = 250;
/** Facet values shown before "Show all". */
const FACET_PREVIEW = 6;

let loading: Promise<Pagefind> | undefined;
function loadPagefind(url: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // The bundle sits at the site root, so its URL gives the base for result links.
    await pf.options({ excerptLength: 28, baseUrl: new URL('..', new URL(url, location.href)).pathname, ranking: RANKING });
    await pf.init();
    // Loads every filter key, so each search reports counts for all facets (not only those in use).
    await pf.filters();
    return pf;
  })();
  // A failed load (offline) may be retried by the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}

type Counts = Partial<Record<FacetKey, Record<string, number>>>;
type Status = 'idle' | 'loading' | 'done' | 'error';

export default function Search({ locale, locales, strings, labels, initialCounts, themeLinks, bundleUrl }: SearchIslandProps) {
  const t = useCallback(
    (key: string, params: Record<string, string | number> = {}) =>
      interpolate(strings[key] ?? key, params),
    [strings],
  );
  const plural = useMemo(() => new Intl.PluralRules(locale), [locale]);
  const countText = (n: number) => t(plural.select(n) === 'one' ? 'search.count.one' : 'search.count.other', { n: n.toLocaleString(locale) });

  // Server render and first client render agree (empty state); the URL is read after hydration.
  const [state, setState] = useState<SearchState>(emptyState);
  const [input, setInput] = useState('');
  // Filters start folded on phones, so results are not pushed two screens down; open beside them on wide screens.
  const [facetsOpen, setFacetsOpen] = useState(true);
  useEffect(() => setFacetsOpen(window.matchMedia('(min-width: 52rem)').matches), []);
  const [status, setStatus] = useState<Status>('idle');
  const [results, setResults] = useState<PagefindResult[]>([]);
  const [data, setData] = useState<ResultData[]>([]);
  const [counts, setCounts] = useState<Counts>(initialCounts);
  const [announced, setAnnounced] = useState('');
  /** The URL query of the last finished search: lets tests and tools wait for a specific state. */
  const [done, setDone] = useState('');
  const typingTimer = useRef<number | undefined>(undefined);
  const searchSeq = useRef(0);
  const resultLinks = useRef<(HTMLAnchorElement | null)[]>([]);
  const focusIndex = useRef<number | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  /** Apply a new state; write it to the URL unless it came from the URL. */
  const commit = useCallback((next: SearchState, history: 'push' | 'replace' | 'none') => {
    setState(next);
    if (history === 'none') return;
    const url = `${location.pathname}${serializeState(next)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, []);

  useEffect(() => {
    const fromUrl = () => {
      const s = parseState(location.search);
      setInput(s.q);
      commit(s, 'none');
    };
    fromUrl();
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  }, [commit]);

  // Run the search whenever the committed state changes.
  useEffect(() => {
    const seq = ++searchSeq.current;
    if (!isActive(state)) {
      setStatus('idle');
      setResults([]);
      setData([]);
      setCounts(initialCounts);
      setAnnounced('');
      setDone(serializeState(state));
      return;
    }
    setStatus('loading');
    (async () => {
      const pf = await loadPagefind(bundleUrl);
      const term = state.q.trim() || null;
      // Without words there is no relevance: newest first.
      const sort = state.sort === 'date' || !term ? { [SORT_KEY]: 'desc' as const } : undefined;
      const main = await pf.search(term, { filters: pagefindFilters(state, locale), sort });
      if (!main || seq !== searchSeq.current) return;
      // Values within a facet are alternatives: count a selected facet as if it were not applied.
      const next: Counts = {};
      for (const key of FACETS) {
        if (state.filters[key]?.length) {
          const without = await pf.search(term, { filters: pagefindFilters(state, locale, key) });
          next[key] = without?.filters[key] ?? {};
        } else next[key] = main.filters[key] ?? {};
      }
      const first = await Promise.all(main.results.slice(0, PAGE_SIZE).map((r) => r.data()));
      if (seq !== searchSeq.current) return;
      // Pagefind's prefix fallback can return pages for a word that is nowhere on the site.
      const real = !term || !first[0] || matchesQuery(term, first[0]);
      if (!real) first.length = 0;
      setResults(real ? main.results : []);
      setData(first);
      setCounts(real ? next : {});
      setStatus('done');
      const n = countText(real ? main.results.length : 0);
      setAnnounced(term ? t('search.count.for', { count: n, q: term }) : n);
      setDone(serializeState(state));
    })().catch((err: unknown) => {
      if (seq !== searchSeq.current) return;
      console.error(err);
      setStatus('error');
      setAnnounced(t('search.error'));
      setDone(serializeState(state));
    });
    // countText/t depend only on props; the state object is the trigger.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, bundleUrl, locale, initialCounts]);

  // Move focus to the first newly shown result after "Show more".
  useEffect(() => {
    if (focusIndex.current !== null) {
      resultLinks.current[focusIndex.current]?.focus();
      focusIndex.current = null;
    }
  }, [data]);

  const onInput = (value: string) => {
    setInput(value);
    window.clearTimeout(typingTimer.current);
    typingTimer.current = window.setTimeout(() => commit({ ...state, q: value }, 'replace'), TYPING_DELAY);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    window.clearTimeout(typingTimer.current);
    commit({ ...state, q: input }, 'push');
  };
  const onToggle = (key: FacetKey, value: string) => {
    window.clearTimeout(typingTimer.current);
    commit(toggleFilter({ ...state, q: input }, key, value), 'push');
  };
  // The clear button disappears with the filters: keep focus in a sensible place.
  const onClear = () => {
    commit({ ...state, q: input, filters: {} }, 'push');
    inputRef.current?.focus();
  };
  const onMore = async () => {
    const start = data.length;
    const more = await Promise.all(results.slice(start, start + PAGE_SIZE).map((r) => r.data()));
    focusIndex.current = start;
    setData((d) => [...d, ...more]);
  };

  const active = isActive(state);
  const hasFilters = FACETS.some((k) => state.filters[k]?.length);
  const label = (key: FacetKey, value: string) => labels[key]?.[value] ?? fallbackLabel(key, value, locale);

  return (
    <div className="search-app">
      <form role="search" className="search-box" onSubmit={onSubmit} action="" method="get">
        <label htmlFor="search-q">{t('search.input')}</label>
        <div className="search-row">
          <input
            id="search-q"
            ref={inputRef}
            type="search"
            name="q"
            value={input}
            onChange={(e) => onInput(e.target.value)}
            autoComplete="off"
            enterKeyHint="search"
            spellCheck={false}
            aria-describedby="search-hint"
          />
          <button type="submit" className="button">{t('search.button')}</button>
        </div>
        <p id="search-hint" className="muted">{t('search.intro')}</p>
      </form>

      <div className="search-layout">
        {(hasFilters || FACETS.some((k) => Object.values(counts[k] ?? {}).some((n) => n > 0))) && (
        <details className="search-facets" open={facetsOpen} onToggle={(e) => setFacetsOpen(e.currentTarget.open)}>
          <summary><h2 id="search-facets-title">{t('search.filters')}</h2></summary>
          {FACETS.map((key) => (
            <Facet
              key={key}
              name={key}
              legend={t(`search.facet.${key}`)}
              counts={counts[key] ?? {}}
              selected={state.filters[key] ?? []}
              label={(v) => label(key, v)}
              keepOrder={key === 'theme' || key === 'format'}
              order={Object.keys(labels[key] ?? {})}
              onToggle={(v) => onToggle(key, v)}
              more={(n) => t('search.filters.more', { n })}
              less={t('search.filters.less')}
            />
          ))}
          {hasFilters && (
            <button type="button" className="link-button" onClick={onClear}>{t('search.filters.clear')}</button>
          )}
        </details>
        )}

        <section className="search-results" aria-labelledby="search-results-title" aria-busy={status === 'loading'} data-done={done}>
          <div className="search-results-head">
            <h2 id="search-results-title" className="visually-hidden">{t('search.results')}</h2>
            <p role="status" aria-live="polite" aria-atomic="true" className="search-status">{announced}</p>
            <label className="search-sort">
              {t('search.sort')}{' '}
              <select
                value={state.sort}
                onChange={(e) => commit({ ...state, q: input, sort: e.target.value === 'date' ? 'date' : 'relevance' }, 'push')}
              >
                <option value="relevance">{t('search.sort.relevance')}</option>
                <option value="date">{t('search.sort.date')}</option>
              </select>
            </label>
          </div>

          {hasFilters && (
            <div className="search-active">
              <p id="search-active-title">{t('search.active')}</p>
              <ul className="tags" aria-labelledby="search-active-title">
                {FACETS.flatMap((key) =>
                  (state.filters[key] ?? []).map((v) => (
                    <li key={`${key}:${v}`}>
                      <button type="button" className="search-chip" onClick={() => onToggle(key, v)} aria-label={t('search.active.remove', { name: label(key, v) })}>
                        <span className="muted">{t(`search.facet.${key}`)}</span> {label(key, v)} <span aria-hidden="true">×</span>
                      </button>
                    </li>
                  )),
                )}
              </ul>
            </div>
          )}
          {!active && <p className="muted">{t('search.idle')}</p>}
          {status === 'loading' && <p className="muted" aria-hidden="true">{t('search.loading')}</p>}
          {status === 'error' && <p className="notice">{t('search.error')}</p>}

          {active && status === 'done' && results.length === 0 && (
            <div className="search-empty">
              <p><strong>{state.q.trim() ? t('search.empty', { q: state.q.trim() }) : t('search.empty.filters')}</strong></p>
              <p>{t('search.empty.spelling')}</p>
              {hasFilters && <p><button type="button" className="link-button" onClick={onClear}>{t('search.filters.clear')}</button></p>}
              <p>{t('search.empty.themes')}</p>
              <ul className="tags">
                {themeLinks.map((th) => (
                  <li key={th.id}><a className={`badge theme-${th.id}`} href={th.href}>{th.label}</a></li>
                ))}
              </ul>
            </div>
          )}

          {data.length > 0 && (
            <ol className="search-list" role="list">
              {data.map((r, i) => {
                const lang = r.filters.language?.[0];
                const format = r.filters.format?.[0];
                const facts = [
                  format && label('format', format),
                  (r.filters.country ?? []).map((c) => label('country', c)).join(', '),
                  lang && label('language', lang),
                ].filter(Boolean);
                return (
                  <li key={r.url} className={r.meta.image ? 'search-result' : 'search-result no-image'}>
                    {r.meta.image && <img src={r.meta.image} alt="" loading="lazy" decoding="async" width={160} height={100} />}
                    <div>
                      <h3 lang={lang}>
                        <a href={inLocale(r.url, locale, locales)} ref={(el) => { resultLinks.current[i] = el; }}>{r.meta.title}</a>
                      </h3>
                      <p className="search-excerpt" lang={lang}>
                        {excerptParts(r.excerpt).map((p, j) => (p.mark ? <mark key={j}>{p.text}</mark> : <span key={j}>{p.text}</span>))}
                      </p>
                      <p className="search-facts muted">{facts.join(' · ')}</p>
                      {(r.filters.theme?.length ?? 0) > 0 && (
                        <ul className="tags">
                          {r.filters.theme!.map((th) => <li key={th}><span className={`badge theme-${th}`}>{label('theme', th)}</span></li>)}
                        </ul>
                      )}
                    </div>
                  </li>
                );
              })}
            </ol>
          )}
          {data.length < results.length && status === 'done' && (
            <button type="button" className="button" onClick={onMore}>{t('search.more')}</button>
          )}
        </section>
      </div>
    </div>
  );
}

interface FacetProps {
  name: FacetKey;
  legend: string;
  counts: Record<string, number>;
  selected: string[];
  label: (value: string) => string;
  keepOrder: boolean;
  order: string[];
  onToggle: (value: string) => void;
  more: (n: number) => string;
  less: string;
}

function Facet({ name, legend, counts, selected, label, keepOrder, order, onToggle, more, less }: FacetProps) {
  const [expanded, setExpanded] = useState(false);
  const values = [...new Set([...Object.keys(counts), ...selected])].filter((v) => (counts[v] ?? 0) > 0 || selected.includes(v));
  if (keepOrder) values.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  else values.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || label(a).localeCompare(label(b)));
  if (!values.length) return null;
  const shown = expanded ? values : values.slice(0, FACET_PREVIEW);
  const listId = `facet-${name}`;
  return (
    <fieldset className="search-facet">
      <legend>{legend}</legend>
      <ul id={listId} role="list">
        {shown.map((v) => (
          <li key={v}>
            <label>
              <input type="checkbox" name={name} value={v} checked={selected.includes(v)} onChange={() => onToggle(v)} />
              {' '}{label(v)} <span className="search-count">{counts[v] ?? 0}</span>
            </label>
          </li>
        ))}
      </ul>
      {values.length > FACET_PREVIEW && (
        <button type="button" className="link-button" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded(!expanded)}>
          {expanded ? less : more(values.length)}
        </button>
      )}
    </fieldset>
  );
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
