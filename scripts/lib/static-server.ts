/**
 * A static server for a built site on 127.0.0.1, as a plain static host would
 * serve it (no compression unless asked, no extra headers; 404.html for a missing page).
 * Shared by the tests (tests/support/server.ts) and the benchmark.
 */
import { createServer, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { mimeType } from '../../src/lib/mime.ts';

export interface StaticServer {
  url: string;
  /** Every path asked for, in order. */
  requests: string[];
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Called for each file served, before it is sent (the benchmark counts bytes and in-flight responses). */
  onFile?: (path: string, bytes: number, res: ServerResponse) => void;
  /** Serve the build's file.br / file.gz when the browser accepts it, as nginx's brotli_static and gzip_static do. */
  precompressed?: boolean;
}

export async function serveDir(dir: string, { onFile, precompressed = false }: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const requests: string[] = [];
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return void res.writeHead(400).end();
    }
    requests.push(path);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': mimeType('.html') });
      const notFound = join(root, '404.html');
      return void (existsSync(notFound) ? createReadStream(notFound).pipe(res) : res.end('Not found'));
    }
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = !precompressed ? undefined : (['br', 'gzip'] as const).find((e) => accepts.includes(e) && existsSync(`${file}.${e === 'br' ? 'br' : 'gz'}`));
    const sent = encoding ? `${file}.${encoding === 'br' ? 'br' : 'gz'}` : file;
    const bytes = statSync(sent).size;
    onFile?.(path, bytes, res);
    res.writeHead(200, { 'Content-Type': mimeType(file), 'Content-Length': bytes, ...(encoding ? { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' } : {}) });
    createReadStream(sent).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(() => r())) };
}
