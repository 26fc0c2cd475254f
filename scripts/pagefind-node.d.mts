/** Types for pagefind-node.mjs: the parts of Pagefind's JS API the tests and benchmark use. */
export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[]; filters: Record<string, Record<string, number>> }>;
}
export function loadPagefind(distDir: string): Promise<PagefindApi>;
