/**
 * Ships Decap CMS at /admin/ without passing it through Vite: at build it
 * writes <outDir>/admin/ (the page, our small script bundle, one config per
 * locale, the site CSS for previews, and a copy of decap-cms-app's prebuilt
 * files); in `astro dev` it serves the same files from memory and from
 * node_modules. Decap never goes through Vite.
 */
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createReadStream, existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../src/i18n';
import { mimeType } from '../src/lib/mime';
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
async function bundleAdminScript(root: string): Promise<Map<string, Uint8Array>> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'cms/admin/main.ts')],
    outdir: '/admin-out',
    entryNames: 'admin',
    write: false,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    legalComments: 'linked',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { react: 'decap-react', 'react-dom': 'decap-react-dom' },
    logLevel: 'warning',
    plugins: [noZodLocales],
  });
  return new Map(result.outputFiles.map((f) => [basename(f.path), f.contents]));
}

/**
 * The admin files we generate (everything but Decap's own files), by name:
 * the page with its CSP, our script, one config per locale, and the CSS.
 */
export async function generateAdmin(options: CmsOptions, root: string): Promise<Map<string, string | Uint8Array>> {
  const here = (p: string) => join(root, p);
  await checkDecapReact(root);
  const files = new Map<string, string | Uint8Array>();
  const template = await readFile(here('cms/admin/index.html'), 'utf8');
  files.set('index.html', template.replace('%CSP%', adminCsp(options)));
  files.set('admin.css', await readFile(here('cms/admin/admin.css')));
  files.set('site.css', await readFile(here('src/styles/global.css')));
  files.set('preview.css', await readFile(here('cms/previews/preview.css')));
  for (const locale of LOCALES) files.set(`config.${locale}.json`, JSON.stringify(buildCmsConfig(locale, options)));
  for (const [name, contents] of await bundleAdminScript(root)) files.set(name, contents);
  return files;
}

/** Writes the whole admin folder into `dir`; returns what it wrote (sizes feed the report and the tests). */
export async function writeAdmin(dir: string, options: CmsOptions = cmsOptionsFromEnv(), { root = process.cwd() } = {}): Promise<AdminBuild> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const [name, contents] of await generateAdmin(options, root)) await writeFile(join(dir, name), contents);
  await copyDecap(root, join(dir, 'decap'));
  const files: AdminBuild['files'] = [];
  const walk = async (d: string) => {
    for (const name of await readdir(d)) {
      const p = join(d, name);
      const s = await stat(p);
      if (s.isDirectory()) await walk(p);
      else files.push({ path: relative(dir, p).split(sep).join('/'), bytes: s.size });
    }
  };
  await walk(dir);
  return { dir, files };
}

export default function decapCms(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'ydv-decap-cms',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      // In dev: our files are generated in memory on each page load (edits to the model or labels show on reload),
      // Decap's files are streamed from node_modules. Nothing is written into the project.
      'astro:server:setup': ({ server, logger }) => {
        let generated: Map<string, string | Uint8Array> | undefined;
        server.middlewares.use(async (req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          if (url.pathname === '/admin') {
            res.writeHead(301, { Location: `/admin/${url.search}` }).end();
            return;
          }
          if (!url.pathname.startsWith('/admin/')) return next();
          try {
            const rel = decodeURIComponent(url.pathname.slice('/admin/'.length)) || 'index.html';
            const type = mimeType(rel);
            if (rel === 'index.html' || !generated) generated = await generateAdmin(cmsOptionsFromEnv(), root);
            const own = generated.get(rel);
            if (own !== undefined) {
              res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(own);
              return;
            }
            if (rel.startsWith('decap/')) {
              const dist = decapDist(root);
              const file = resolve(dist, rel.slice('decap/'.length));
              if (file.startsWith(dist + sep) && !file.endsWith('.map') && existsSync(file)) {
                res.writeHead(200, { 'Content-Type': type });
                createReadStream(file).pipe(res);
                return;
              }
            }
            next();
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
