/**
 * Decap reads and writes entry files through the project's own format
 * (src/lib/entry-file.ts, keys in the model's order) instead of its
 * frontmatter formatter, which reorders keys, drops quotes, turns flow lists
 * into blocks and folds at 80 columns (issue 17). One format per kind, since
 * Decap does not tell toFile which collection it writes.
 */
import { SCHEMAS } from '../schemas';
import type { EntryKind as SchemaName } from '../../src/model/kinds';
import { entryFormatName, readEntry, writeEntry } from '../entry-format';

interface Formatter {
  fromFile(text: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>): string;
}

export function registerEntryFormats(CMS: { registerCustomFormat(name: string, extension: string, formatter: Formatter): void }) {
  for (const kind of Object.keys(SCHEMAS) as SchemaName[]) {
    CMS.registerCustomFormat(entryFormatName(kind), 'md', {
      fromFile: (text) => {
        const { data, body } = readEntry(text);
        return body === undefined ? data : { ...data, body };
      },
      toFile: ({ body, ...data }) => writeEntry(kind, { data, body: typeof body === 'string' ? body : undefined }),
    });
  }
}
