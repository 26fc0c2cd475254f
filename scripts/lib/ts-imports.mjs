/**
 * Lets Node 24 (which strips TypeScript types itself) run project scripts that
 * import src/ and cms/ modules written for Vite, whose relative imports leave
 * out the ".ts" extension: `node --import ./scripts/lib/ts-imports.mjs x.ts`.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    if (/^\.{1,2}\//.test(specifier) && !/\.[cm]?[jt]sx?$|\.json$/.test(specifier) && context.parentURL?.endsWith('.ts')) {
      try {
        return next(`${specifier}.ts`, context);
      } catch {
        /* not a .ts file: let Node resolve it as written */
      }
    }
    return next(specifier, context);
  },
});
