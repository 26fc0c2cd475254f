/**
 * The one way an entry file (content/<kind>/<id>/index.md) is written: by
 * hand, by the sample and benchmark generators, and by the CMS (registered as
 * a Decap custom format in cms/admin/format.ts), so a save changes only what
 * was edited (issue 17).
 *
 * The canonical format:
 * - `---` front matter `---`, one blank line, then the Markdown body exactly
 *   as given (never re-rendered); a front-matter-only entry ends after `---`.
 *   The file ends with one newline.
 * - Keys in the model's order (`order`, from src/model via cms/format-order.ts);
 *   keys the order does not know keep their place after the known ones.
 * - One value per line; no folding, however long (lineWidth 0).
 * - Strings are written plain only when every YAML reader reads them back as
 *   the same string: codes and slugs (`hif`, `cc-by-4.0`, `climate-voices`),
 *   paths beside the entry (`./cover.jpg`) and calendar dates (`2026-08-19`,
 *   which YAML 1.1 readers take as dates, as the model wants). Everything else
 *   is double-quoted, so YAML 1.1 traps (`2:05` as a base-60 number, `no` as
 *   false, `1e3`, `0x1F`, `~`) cannot happen.
 * - Lists of plain codes are flow lists on one line (`themes: [health, gender]`);
 *   any other list is a block list, and maps are block maps.
 *
 * Plain TypeScript importing only `yaml`, so Node 24 runs it directly from the
 * .mjs scripts (`import … from '../../src/lib/entry-file.ts'`).
 */
import { Document, isScalar, parse, visit } from 'yaml';

/** Key order of a map: its keys in order, and the order inside each key's value (lists: their items). */
export interface KeyOrder {
  keys: readonly string[];
  children?: Readonly<Record<string, KeyOrder>>;
}

export interface EntryFile {
  data: Record<string, unknown>;
  /** The Markdown body; undefined for a front-matter-only entry. */
  body?: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Reads an entry file: its front matter (YAML 1.2 core schema: dates stay strings) and its body. */
export function parseEntryFile(text: string): EntryFile {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { data: {}, body: text };
  const data = (parse(match[1]!) ?? {}) as Record<string, unknown>;
  const rest = text.slice(match[0].length);
  if (rest.trim() === '') return { data };
  // The one blank line between front matter and body belongs to the format, not to the body.
  return { data, body: rest.replace(/^\r?\n/, '') };
}

/** Writes an entry file in the canonical format. */
export function stringifyEntryFile({ data, body }: EntryFile, order?: KeyOrder): string {
  const front = stringifyFrontMatter(data, order);
  if (body === undefined || body.trim() === '') return `---\n${front}---\n`;
  return `---\n${front}---\n\n${body.replace(/\s+$/, '')}\n`;
}

/** Strings every YAML reader (1.1 or 1.2) reads back unchanged when written plain. */
const PLAIN_CODE = /^[A-Za-z][A-Za-z0-9_]*(?:[-.][A-Za-z0-9_]+)*$/;
const PLAIN_PATH = /^\.\/[A-Za-z0-9_][A-Za-z0-9_.\/-]*$/;
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Words YAML 1.1 reads as booleans or null. */
const YAML11_WORDS = /^(?:y|n|yes|no|on|off|true|false|null)$/i;

export const isPlainSafe = (s: string) => (PLAIN_CODE.test(s) && !YAML11_WORDS.test(s)) || PLAIN_PATH.test(s) || PLAIN_DATE.test(s);

function ordered(value: unknown, order: KeyOrder | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, order));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    const rank = (k: string) => {
      const i = order?.keys.indexOf(k) ?? -1;
      return i === -1 ? Number.MAX_SAFE_INTEGER : i;
    };
    // Array.prototype.sort is stable: unknown keys keep their relative place.
    entries.sort(([a], [b]) => rank(a) - rank(b));
    return Object.fromEntries(entries.map(([k, v]) => [k, ordered(v, order?.children?.[k])]));
  }
  return value;
}

/** The YAML between the `---` lines (ends with a newline; empty data gives ""). */
export function stringifyFrontMatter(data: Record<string, unknown>, order?: KeyOrder): string {
  const normalised = ordered(data, order) as Record<string, unknown>;
  if (Object.keys(normalised).length === 0) return '';
  const doc = new Document(normalised, { keepUndefined: false });
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key') return;
      if (node.value instanceof Date) {
        // A Date from a YAML 1.1 reader: back to the calendar date it was written as.
        node.value = node.value.toISOString().slice(0, 10);
      }
      if (typeof node.value === 'string') node.type = isPlainSafe(node.value) ? 'PLAIN' : 'QUOTE_DOUBLE';
    },
    Seq(_, node) {
      node.flow = node.items.length > 0 && node.items.every((item: unknown) => isScalar(item) && typeof item.value === 'string' && isPlainSafe(item.value));
    },
    Map(_, node) {
      node.flow = false;
    },
  });
  // Keys are the model's identifiers: always plain.
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key)) pair.key.type = 'PLAIN';
    },
  });
  // Empty collections still need flow style ([] / {}) to be valid YAML.
  visit(doc, {
    Seq(_, node) {
      if (node.items.length === 0) node.flow = true;
    },
    Map(_, node) {
      if (node.items.length === 0) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true, flowCollectionPadding: false, doubleQuotedAsJSON: false, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER });
}
