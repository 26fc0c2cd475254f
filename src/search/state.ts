/**
 * The search vocabulary shared by the indexer (filters written on entry
 * pages), the search island (URL state, Pagefind queries) and the tests.
 * No imports: the island bundles this file, so it must stay tiny.
 */

/** Facets readers can narrow by, in display order. Each is a Pagefind filter key and a URL parameter. */
export const FACETS = ['theme', 'format', 'country', 'residence', 'language', 'campaign'] as const;
export type FacetKey = (typeof FACETS)[number];

/**
 * Hidden filter: the interface locales a record is listed under. Stories and
 * videos have one page for every reader (all locales); a campaign has one
 * page per interface locale, so a French reader gets only the French one.
 */
export const LOCALE_FILTER = 'locale';

/** Where the Pagefind bundle lives, relative to the site root. */
export const BUNDLE_DIR = 'pagefind';

/**
 * Pagefind ranking for this site. Matching is by prefix, so "salud" also
 * matches "saludaba"; a higher term similarity ranks the exact word first.
 */
export const RANKING = { termSimilarity: 2 };

/** The sort key every record carries (ISO date). */
export const SORT_KEY = 'date';

export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  q: string;
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SortOrder;
}

export const emptyState = (): SearchState => ({ q: '', filters: {}, sort: 'relevance' });

const isFacet = (key: string): key is FacetKey => (FACETS as readonly string[]).includes(key);

/** Read a state from a query string such as `?q=salud&theme=health&country=FJ&country=GE`. */
export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.q = (params.get('q') ?? '').slice(0, 200);
  for (const [key, value] of params) {
    if (!isFacet(key) || !value) continue;
    // Values may come as repeated params or comma-joined; both are accepted.
    for (const v of value.split(',')) {
      const clean = v.trim();
      if (!clean) continue;
      const list = (state.filters[key] ??= []);
      if (!list.includes(clean)) list.push(clean);
    }
  }
  state.sort = params.get('sort') === 'date' ? 'date' : 'relevance';
  return state;
}

/** The query string for a state, in a stable order so equal states give equal URLs. */
export function serializeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FACETS) for (const v of [...(state.filters[key] ?? [])].sort()) params.append(key, v);
  if (state.sort === 'date') params.set('sort', 'date');
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** True when the state asks for results: a query or at least one filter. */
export const isActive = (state: SearchState) =>
  state.q.trim() !== '' || FACETS.some((k) => (state.filters[k]?.length ?? 0) > 0);

type PagefindFilter = string | { any: string[] };

/**
 * Pagefind filters for a state: values within a facet are alternatives (any),
 * facets combine (and). `without` drops one facet, to count its own values.
 */
export function pagefindFilters(state: SearchState, locale: string, without?: FacetKey): Record<string, PagefindFilter> {
  const filters: Record<string, PagefindFilter> = { [LOCALE_FILTER]: locale };
  for (const key of FACETS) {
    const values = state.filters[key];
    if (key !== without && values?.length) filters[key] = { any: values };
  }
  return filters;
}

/** Toggle one facet value, returning a new state. */
export function toggleFilter(state: SearchState, key: FacetKey, value: string): SearchState {
  const current = state.filters[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters = { ...state.filters, [key]: next };
  if (!next.length) delete filters[key];
  return { ...state, filters };
}

/**
 * Pagefind's excerpt is text with <mark> around matches. Split it into plain
 * pieces (entities decoded) so the island renders text, never raw HTML.
 */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const decode = (s: string) =>
    s
      .replace(/<[^>]*>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (_, e: string) => {
        const lower = e.toLowerCase();
        if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
        if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
        return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? '';
      });
  const parts: { text: string; mark: boolean }[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > last) parts.push({ text: decode(excerpt.slice(last, m.index)), mark: false });
    parts.push({ text: decode(m[1]!), mark: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), mark: false });
  return parts.filter((p) => p.text !== '');
}

/** Lower case without accents: how Pagefind compares words by default. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
const words = (s: string) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function commonPrefix(a: string, b: string) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * When a word is not in the index, Pagefind silently searches a shorter and
 * shorter prefix of it until something matches (Pagefind issues #599, #780:
 * no option to turn this off), so "quintrelvash" returns pages with "qui".
 * A result really matches a query word when one of its words shares most of
 * it: all of a short word, or all but the last five characters of a long one,
 * which still admits stemmed forms ("happiness" finds "happy"). Pagefind
 * only backtracks when a word has no real match anywhere, so checking the
 * top result tells whether the whole result list is real.
 */
export function matchesQuery(query: string, result: { content: string; meta: Record<string, string | undefined> }): boolean {
  const inResult = new Set([...words(result.content), ...Object.values(result.meta).flatMap((v) => (v ? words(v) : []))]);
  return words(query).every((w) => {
    const need = Math.max(w.length - 5, Math.min(w.length, 3));
    for (const t of inResult) if (commonPrefix(w, t) >= need) return true;
    return false;
  });
}

/**
 * A result's link in the reader's interface language. The index holds one
 * page per entry (its home-language version); every entry also has a page in
 * each interface language at the same path with another locale segment.
 */
export function inLocale(url: string, locale: string, locales: readonly string[]): string {
  return url.replace(new RegExp(`/(?:${locales.join('|')})/(stories|videos)/`), `/${locale}/$1/`);
}
