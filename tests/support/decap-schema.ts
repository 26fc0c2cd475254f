/**
 * Decap's own config validation (decap-cms-core's validateConfig: the AJV
 * schema Decap runs on the config at start-up, with each widget's schema
 * registered as decap-cms-app registers them), bundled with esbuild for Node:
 * Decap's ESM files use extensionless imports Node cannot load directly.
 */
import { build, type Plugin } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './build';

/** Widgets decap-cms-app registers (extensions.js), with the packages holding a schema. */
const WIDGET_SCHEMAS: Record<string, string | undefined> = {
  string: undefined, number: 'number', text: undefined, image: 'image', file: 'file', select: 'select', markdown: 'markdown',
  richtext: 'richtext', list: 'list', object: 'object', relation: 'relation', boolean: undefined, map: 'map', datetime: 'datetime',
  code: 'code', color: undefined, uuid: undefined,
};

/**
 * lib/i18n.js (whose constants the schema uses) imports one selector from the
 * app's reducers, which would load the whole app (router, storage) in Node.
 */
const appStateStub: Plugin = {
  name: 'decap-app-state-stub',
  setup(b) {
    b.onResolve({ filter: /\/reducers\/collections$/ }, (args) => (/[\\/]lib[\\/]i18n\.js$/.test(args.importer) ? { path: 'collections', namespace: 'stub' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export const selectEntrySlug = () => { throw new Error("not used by validateConfig"); };', loader: 'js' }));
  },
};

export interface DecapValidator {
  /** Throws Decap's ConfigError (the message Decap shows) when the config is invalid. */
  validateConfig: (config: unknown) => void;
  /** Backend names decap-cms-app registers. */
  backends: string[];
}

export async function loadDecapValidator(): Promise<DecapValidator> {
  const widgets = Object.entries(WIDGET_SCHEMAS);
  const entry = [
    "import { validateConfig } from 'decap-cms-core/dist/esm/constants/configSchema';",
    "import { registerWidget } from 'decap-cms-core/dist/esm/lib/registry';",
    ...widgets.filter(([, pkg]) => pkg).map(([name, pkg]) => `import schema_${name} from 'decap-cms-widget-${pkg}/dist/esm/schema';`),
    ...widgets.map(([name, pkg]) => `registerWidget(${JSON.stringify(name)}, () => null, () => null, ${pkg ? `schema_${name}` : '{}'});`),
    // The site's own widget (cms/admin/folder-relation.ts) registers with the relation widget's schema.
    "registerWidget('folder-relation', () => null, () => null, schema_relation);",
    'export { validateConfig };',
  ].join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'ydv-decap-schema-'));
  try {
    const out = join(dir, 'validate.mjs');
    await build({
      stdin: { contents: entry, resolveDir: ROOT, loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      logLevel: 'error',
      plugins: [appStateStub],
      define: { 'process.env.NODE_ENV': '"production"' },
      // Some modules on the import path look at `window` when loaded (nothing the validator uses).
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); globalThis.window ??= globalThis;" },
    });
    const mod = (await import(pathToFileURL(out).href)) as { validateConfig: (c: unknown) => void };
    const extensions = readFileSync(join(ROOT, 'node_modules/decap-cms-app/dist/esm/extensions.js'), 'utf8');
    const backends = [...extensions.matchAll(/registerBackend\('([^']+)'/g)].map((m) => m[1]!);
    return { validateConfig: mod.validateConfig, backends };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

