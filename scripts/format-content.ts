/**
 * Rewrites content/<kind>/<id>/index.md of every entry kind in the canonical
 * format (src/lib/entry-file.ts, key order from src/model), as the CMS writes
 * them. `--check` only lists files that differ (exit 1 if any).
 *   npm run format:content [-- --check]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEntry, writeEntry } from '../cms/entry-format';
import { ENTRY_KINDS } from '../src/model/kinds';

const check = process.argv.includes('--check');
const differ: string[] = [];
const kept: string[] = [];
for (const kind of ENTRY_KINDS) {
  const dir = join('content', kind);
  for (const id of existsSync(dir) ? readdirSync(dir) : []) {
    const file = join(dir, id, 'index.md');
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const canonical = writeEntry(kind, readEntry(text));
    if (canonical === text) continue;
    // YAML comments do not survive a parse (nor a CMS save): leave such files for a person to decide.
    if (/^---\r?\n(?:[^\n]*\n)*?\s*#/.test(text.split(/\n---\s*\n/)[0]! + '\n')) {
      kept.push(file);
      continue;
    }
    differ.push(file);
    if (!check) writeFileSync(file, canonical);
  }
}
console.log(differ.length ? `${check ? 'Not canonical' : 'Reformatted'}:\n  ${differ.join('\n  ')}` : `All ${kept.length ? 'other ' : ''}entry files are canonical.`);
if (kept.length) console.log(`Not rewritten (YAML comments in the front matter would be lost):\n  ${kept.join('\n  ')}`);
if (check && differ.length) process.exitCode = 1;
