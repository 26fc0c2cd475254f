/**
 * Ships Decap CMS at /admin/ without passing it through Vite: at build it
 * writes <outDir>/admin/ (the page, our small script bundle, one config per
 * locale, the site CSS for previews, and a copy of decap-cms-app's prebuilt
 * files); in `astro dev` it serves the same folder, regenerated on each page
 * load so edits to the model or labels show up on reload.
 */
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createReadStream, existsSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../src/model/taxonomy';
import { buildCmsConfig, type CmsOptions } from './config';
import { adminCsp } from './csp';
import { cmsOptionsFromEnv } from './env';

/** Decap's prebuilt files, found the way Node finds packages from the project root. */
const decapDist = (root: string) => join(dirname(createRequire(join(root, 'package.json')).resolve('decap-cms-app/package.json')), 'dist');

export interface AdminBuild {
  dir: string;
  files: { path: string; bytes: number }[];
}

/** Copies decap-cms-app's prebuilt bundle and its lazy chunks (not the 26 MB of source maps). */
async function copyDecap(root: string, target: string) {
  const dist = decapDist(root);
  await mkdir(target, { recursive: true });
  for (const name of await readdir(dist)) {
    if (name.endsWith('.map') || name === 'esm') continue;
    await copyFile(join(dist, name), join(target, name));
  }
}

/**
 * src/model/fields.ts checks image file sizes with node:fs when Astro hands it
 * a resolved image; in the CMS an image is a path string, so that code never
 * runs there and an empty stand-in is enough.
 */
const noNodeFs: Plugin = {
  name: 'no-node-fs',
  setup(b) {
    b.onResolve({ filter: /^(node:)?fs$/ }, () => ({ path: 'fs', namespace: 'no-node-fs' }));
    b.onLoad({ filter: /.*/, namespace: 'no-node-fs' }, () => ({
      contents: 'export const existsSync = () => false; export const statSync = () => { throw new Error("no file system in the browser"); };',
      loader: 'js',
    }));
  },
};

/** Zod's ~40 message translations (260 kB) are re-exported as z.locales, which nothing here uses; English stays built in. */
const noZodLocales: Plugin = {
  name: 'no-zod-locales',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'no-zod-locales' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'no-zod-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/**
 * decap-cms-app's prebuilt bundle contains its own react-dom (and refuses to
 * run unless window.React is exactly that version), while the site's islands
 * use a newer React. The admin page therefore gets React from the
 * `decap-react`/`decap-react-dom` aliases in package.json, pinned to Decap's
 * version; a mismatch after an upgrade fails the build here, not in a browser.
 */
export async function checkDecapReact(root: string) {
  const bundle = await readFile(join(decapDist(root), 'decap-cms-app.js'), 'utf8');
  const wanted = /if\("(\d+\.\d+\.\d+)"!==\w+\)throw Error\(\w+\(527/.exec(bundle)?.[1];
  const req = createRequire(join(root, 'package.json'));
  const have = JSON.parse(await readFile(req.resolve('decap-react/package.json'), 'utf8')).version as string;
  const haveDom = JSON.parse(await readFile(req.resolve('decap-react-dom/package.json'), 'utf8')).version as string;
  if (!wanted) throw new Error('cms: could not find which React version decap-cms-app.js needs (error 527 check); check cms/integration.ts after a Decap upgrade.');
  if (have !== wanted || haveDom !== wanted)
    throw new Error(`cms: decap-cms-app.js needs React ${wanted}, but decap-react is ${have} and decap-react-dom is ${haveDom}. In package.json set "decap-react": "npm:react@${wanted}" and "decap-react-dom": "npm:react-dom@${wanted}", then npm install.`);
  return wanted;
}

/** Our script: React as globals for Decap, the folder-relation widget, previews and save checks. */
async function bundleAdminScript(root: string, target: string) {
  await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'cms/admin/main.ts')],
    outfile: join(target, 'admin.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    legalComments: 'linked',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { react: 'decap-react', 'react-dom': 'decap-react-dom' },
    logLevel: 'warning',
    plugins: [noNodeFs, noZodLocales],
  });
}

/** Writes the whole admin folder into `dir`; returns what it wrote (sizes feed the report and the tests). */
export async function writeAdmin(dir: string, options: CmsOptions = cmsOptionsFromEnv(), { root = process.cwd(), decap = true } = {}): Promise<AdminBuild> {
  const here = (p: string) => join(root, p);
  await mkdir(dir, { recursive: true });
  const template = await readFile(here('cms/admin/index.html'), 'utf8');
  await writeFile(join(dir, 'index.html'), template.replace('%CSP%', adminCsp(options)));
  await copyFile(here('cms/admin/admin.css'), join(dir, 'admin.css'));
  await copyFile(here('src/styles/global.css'), join(dir, 'site.css'));
  await copyFile(here('cms/previews/preview.css'), join(dir, 'preview.css'));
  for (const locale of LOCALES) await writeFile(join(dir, `config.${locale}.json`), JSON.stringify(buildCmsConfig(locale, options)));
  await checkDecapReact(root);
  await bundleAdminScript(root, dir);
  if (decap) {
    await rm(join(dir, 'decap'), { recursive: true, force: true });
    await copyDecap(root, join(dir, 'decap'));
  }
  const files: AdminBuild['files'] = [];
  const walk = async (d: string) => {
    for (const name of await readdir(d)) {
      const p = join(d, name);
      const s = await stat(p);
      if (s.isDirectory()) await walk(p);
      else files.push({ path: p.slice(dir.length + 1), bytes: s.size });
    }
  };
  await walk(dir);
  return { dir, files };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8',
};

export default function decapCms(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'ydv-decap-cms',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = join(root, '.astro/ydv-admin');
        let decapCopied = false;
        server.middlewares.use(async (req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          if (url.pathname === '/admin') {
            res.writeHead(301, { Location: `/admin/${url.search}` }).end();
            return;
          }
          if (!url.pathname.startsWith('/admin/')) return next();
          try {
            const rel = decodeURIComponent(url.pathname.slice('/admin/'.length)) || 'index.html';
            if (rel === 'index.html') {
              await writeAdmin(dir, cmsOptionsFromEnv(), { root, decap: !decapCopied });
              decapCopied = true;
            }
            const file = resolve(dir, rel);
            if (!file.startsWith(dir + '/') || !existsSync(file)) return next();
            res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
            createReadStream(file).pipe(res);
          } catch (error) {
            logger.error(`admin: ${(error as Error).message}`);
            res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String((error as Error).message));
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'admin');
        const { files } = await writeAdmin(out, cmsOptionsFromEnv(), { root });
        const total = files.reduce((n, f) => n + f.bytes, 0);
        logger.info(`admin: ${files.length} files, ${(total / 1024 / 1024).toFixed(1)} MB in ${out}`);
      },
    },
  };
}
