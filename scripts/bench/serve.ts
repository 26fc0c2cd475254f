/**
 * Serves a built dist/ on 127.0.0.1 from its own process and prints the URL,
 * so Lighthouse can load pages while the benchmark's process is busy:
 *   node scripts/bench/serve.ts dist/
 */
import { serveDir } from '../lib/static-server.ts';

const { url } = await serveDir(process.argv[2] ?? 'dist');
console.log(url);
