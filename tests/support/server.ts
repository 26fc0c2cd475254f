/** dist/ served on 127.0.0.1, as a static host would serve it (scripts/lib/static-server.ts, shared with the benchmark). */
import { serveDir, type StaticServer } from '../../scripts/lib/static-server.ts';
import { DIST } from './build';

export type { StaticServer };

export const serveDist = (root = DIST): Promise<StaticServer> => serveDir(root);
