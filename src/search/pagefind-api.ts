/** The parts of Pagefind's browser JS API (pagefind.js) this project uses: the search island, and tests and benchmark through scripts/pagefind-node.ts. */
export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options?: { filters?: unknown; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindResponse>;
  /** Loads the index chunks `term` will need, without searching (while a reader types). */
  preload: (term: string, options?: { filters?: unknown }) => Promise<void>;
}
