/**
 * Lets Node 24 (which strips TypeScript types itself) run project scripts that
 * import src/ and cms/ modules written for Vite, whose relative imports leave
 * out the ".ts" extension (or name a folder with an index.ts): `node --import ./scripts/lib/ts-imports.mjs x.ts`.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    if (/^\.{1,2}\//.test(specifier) && !/\.[cm]?[jt]sx?$|\.json$/.test(specifier) && context.parentURL?.endsWith('.ts')) {
      for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
        try {
          return next(candidate, context);
        } catch {
          /* not this one: try the next, then let Node resolve it as written */
        }
      }
    }
    return next(specifier, context);
  },
});
