/**
 * Checks that span entries: references to other entries and files beside an
 * entry. Schemas see one file at a time, so these run once over everything.
 * Which fields are references or files comes from the model's field metadata
 * (src/model/meta.ts), so a new kind or field is checked without code here.
 * Each problem names the file, the field and the fix.
 */
import { existsSync } from 'node:fs';
import { AstroError } from 'astro/errors';
import { dirname, join } from 'node:path';
import { fieldPatterns } from '../model/introspect';
import { ENTRY_KINDS, entryFile, type EntryKind } from '../model/kinds';
import { ENTRY_SCHEMAS, pathImage } from '../model/schemas';

export interface RawEntry {
  collection: EntryKind;
  id: string;
  filePath?: string;
  data: Record<string, any>;
}

/** Astro's own error type, so the build shows the problems with a hint; each problem already names file, field and fix. */
export class ContentError extends AstroError {
  constructor(public problems: string[]) {
    super(
      `Content check failed (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n- ${problems.join('\n- ')}`,
      'Each line names the entry file, the field and the fix; correct them in content/ (or in the CMS) and build again.',
    );
    this.name = 'ContentError';
  }
}

const fileOf = (e: RawEntry) => e.filePath ?? entryFile(e.collection, e.id);

/** Reference and file fields of each kind, as patterns ("featured.*.story"), read once from the schemas. */
const FIELDS = Object.fromEntries(
  ENTRY_KINDS.map((kind) => [kind, fieldPatterns(ENTRY_SCHEMAS[kind](pathImage), (m) => m.kind === 'reference' || m.kind === 'file')]),
) as Record<EntryKind, ReturnType<typeof fieldPatterns>>;

/** The string values at `pattern` in `data`, with the field as a reader writes it ("featured[1].video"). */
function valuesAt(data: unknown, pattern: string): { field: string; value: string }[] {
  let found: { field: string; value: unknown }[] = [{ field: '', value: data }];
  for (const part of pattern.split('.')) {
    found = found.flatMap(({ field, value }) => {
      if (part === '*') return Array.isArray(value) ? value.map((v, i) => ({ field: `${field}[${i}]`, value: v })) : [];
      const next = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
      return next === undefined ? [] : [{ field: field ? `${field}.${part}` : part, value: next }];
    });
  }
  return found.filter((f): f is { field: string; value: string } => typeof f.value === 'string' && f.value !== '');
}

/** Every problem found, as readable sentences; empty when all is well. */
export function findProblems(entries: RawEntry[], root = process.cwd()): string[] {
  const ids = Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, new Set(entries.filter((e) => e.collection === kind).map((e) => e.id))])) as Record<EntryKind, Set<string>>;
  const problems: string[] = [];
  const missingRef = (e: RawEntry, field: string, target: EntryKind, value: string) => {
    if (value === e.id && target === e.collection) {
      const what = e.collection === 'stories' ? 'story' : 'entry';
      problems.push(`${fileOf(e)}: ${field} points to the ${what} itself. Point it to the original ${what}'s folder name.`);
    } else if (!ids[target].has(value)) {
      const known = [...ids[target]].slice(0, 5).join(', ');
      problems.push(
        `${fileOf(e)}: ${field} refers to "${value}", but there is no ${entryFile(target, value)}. ` +
          `Fix the folder name or remove ${field}${known ? ` (existing: ${known}${ids[target].size > 5 ? ', …' : ''})` : ''}.`,
      );
    }
  };
  const missingFile = (e: RawEntry, field: string, rel: string) => {
    const abs = join(root, dirname(fileOf(e)), rel);
    if (!existsSync(abs)) problems.push(`${fileOf(e)}: ${field} is "${rel}", but that file does not exist beside index.md. Add the file or correct the name.`);
  };

  for (const e of entries) {
    for (const { pattern, meta } of FIELDS[e.collection]) {
      for (const { field, value } of valuesAt(e.data, pattern)) {
        if (meta.kind === 'reference') missingRef(e, field, meta.to, value);
        else missingFile(e, field, value);
      }
    }
  }
  return problems;
}

export function assertIntegrity(entries: RawEntry[], root?: string) {
  const problems = findProblems(entries, root);
  if (problems.length) throw new ContentError(problems);
}
