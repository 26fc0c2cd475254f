/**
 * Entry files in the canonical format (src/lib/entry-file.ts) with the key
 * order of the content model: shared by the CMS's custom format
 * (cms/admin/format.ts), scripts/format-content.ts and the tests.
 */
import { z } from 'astro/zod';
import { parseEntryFile, stringifyEntryFile, type EntryFile, type KeyOrder } from '../src/lib/entry-file';
import { unwrap } from '../src/model/introspect';
import { SCHEMAS } from './schemas';
import type { EntryKind as SchemaName } from '../src/model/kinds';

/** The key order a schema declares, through optional/default/pipe wrappers, lists and unions. */
export function keyOrderOf(wrapped: z.ZodType): KeyOrder | undefined {
  const { schema } = unwrap(wrapped);
  if (schema instanceof z.ZodArray) return keyOrderOf(schema.element as z.ZodType);
  if (schema instanceof z.ZodUnion) {
    // Variants (video providers, featured items) share one order: keys in order of first appearance.
    const keys: string[] = [];
    const children: Record<string, KeyOrder> = {};
    for (const option of schema.options as z.ZodType[]) {
      const o = keyOrderOf(option);
      for (const k of o?.keys ?? []) if (!keys.includes(k)) keys.push(k);
      Object.assign(children, o?.children);
    }
    return keys.length ? { keys, children } : undefined;
  }
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const children: Record<string, KeyOrder> = {};
    for (const [k, v] of Object.entries(shape)) {
      const o = keyOrderOf(v);
      if (o) children[k] = o;
    }
    return { keys: Object.keys(shape), children };
  }
  return undefined;
}

export const KEY_ORDER = Object.fromEntries(Object.entries(SCHEMAS).map(([name, schema]) => [name, keyOrderOf(schema)!])) as Record<SchemaName, KeyOrder>;

export const readEntry = (text: string): EntryFile => parseEntryFile(text);

/** An entry file of `kind` as the project writes it. */
export const writeEntry = (kind: SchemaName, entry: EntryFile): string => stringifyEntryFile(entry, KEY_ORDER[kind]);

/** The Decap format name of a kind's collections, registered by cms/admin/format.ts. */
export const entryFormatName = <K extends SchemaName>(kind: K) => `ydv-${kind}` as const;
