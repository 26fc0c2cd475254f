/**
 * Search under `astro dev`: there is no dist/ to index, so the dev server
 * indexes itself. On the first request for /pagefind/… it fetches the entry
 * listings from its own running server, follows links to every story, video
 * and campaign page, and gives those exact HTML pages (same filters, meta and
 * data-pagefind-body as a build) to Pagefind in memory. A change under
 * content/ or src/ marks the index stale; the next search rebuilds it, so
 * dev search returns the content as it is now, drafts excluded as in a build.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import type { ViteDevServer } from 'vite';
import { indexPagesInMemory } from './indexer';
import { BUNDLE_DIR } from './state';
import { LOCALE_ALTERNATION, LOCALES } from '../i18n';
import { ENTRY_KINDS } from '../model/kinds';
import { mimeType } from '../lib/mime';

const KINDS = ENTRY_KINDS.join('|');
/** Listing pages where every entry is linked from (paginated story listings are followed). */
const SEEDS = LOCALES.flatMap((l) => ENTRY_KINDS.map((kind) => `/${l}/${kind}/`));
/** Pages worth fetching: listings, their pagination (stories/page/<n>/), and entry pages in each interface language. */
const FOLLOW = new RegExp(`^/(?:${LOCALE_ALTERNATION})/(?:${KINDS})/(?:page/\\d+/|[\\w-]+/)?$`);

interface Logger { info(msg: string): void; error(msg: string): void }

export function devSearch(server: ViteDevServer, logger: Logger, base = '/') {
  const prefix = `${base.replace(/\/?$/, '/')}${BUNDLE_DIR}/`;
  const root = resolve(server.config.root);
  // Old hashed chunks stay available so a page mid-search keeps working across a rebuild.
  const files = new Map<string, Uint8Array>();
  let stale = true;
  let building: Promise<void> | undefined;

  const watched = [resolve(root, 'content') + sep, resolve(root, 'src') + sep];
  const markStale = (file: string) => {
    if (watched.some((dir) => resolve(file).startsWith(dir))) stale = true;
  };
  server.watcher.on('change', markStale).on('add', markStale).on('unlink', markStale);

  async function rebuild(origin: string) {
    const started = Date.now();
    stale = false;
    try {
      const pages = await crawl(origin);
      const fresh = await indexPagesInMemory(pages);
      for (const [path, content] of fresh) files.set(path, content);
      logger.info(`search index: ${pages.length} pages in ${Date.now() - started} ms`);
    } catch (err) {
      stale = true;
      throw err;
    }
  }

  async function crawl(origin: string) {
    const seen = new Set<string>(SEEDS);
    const queue = [...SEEDS];
    const pages: { url: string; html: string }[] = [];
    const worker = async () => {
      for (let path = queue.shift(); path; path = queue.shift()) {
        const res = await fetch(origin + base.replace(/\/$/, '') + path, { headers: { accept: 'text/html' } });
        if (!res.ok || !res.headers.get('content-type')?.includes('text/html')) continue;
        const html = await res.text();
        if (/\sdata-pagefind-body[\s>=]/.test(html)) pages.push({ url: base.replace(/\/$/, '') + path, html });
        for (const [, href] of html.matchAll(/href="([^"#?]+)"/g)) {
          const link = href!.startsWith(base) ? `/${href!.slice(base.length)}` : href!;
          if (FOLLOW.test(link) && !seen.has(link)) {
            seen.add(link);
            queue.push(link);
          }
        }
      }
    };
    // A few at a time: the dev server renders each page on request.
    await Promise.all(Array.from({ length: 4 }, worker));
    return pages;
  }

  return async function middleware(req: IncomingMessage, res: ServerResponse, next: () => void) {
    const path = new URL(req.url ?? '/', 'http://dev').pathname;
    if (!path.startsWith(prefix)) return next();
    const file = path.slice(prefix.length);
    try {
      // pagefind-entry.json is fetched once per search session: the moment to refresh.
      if ((stale && file === 'pagefind-entry.json') || files.size === 0) {
        building ??= rebuild(`http://${req.headers.host}`).finally(() => (building = undefined));
      }
      if (building) await building;
    } catch (err) {
      logger.error(`search index failed: ${(err as Error).message}`);
      res.statusCode = 500;
      return res.end('Search index failed; see the dev server log.');
    }
    const body = files.get(file);
    if (!body) {
      res.statusCode = 404;
      return res.end();
    }
    res.setHeader('Content-Type', mimeType(file));
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  };
}
