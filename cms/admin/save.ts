/**
 * What happens to an entry just before Decap saves it (a `preSave` listener
 * in the admin page): tidy what Decap writes, then run the real content
 * schema so nothing the build would refuse can be saved. Decap has no
 * conditional "required" (guardian consent only under 18), so this check is
 * where that rule and every other cross-field rule of src/model apply.
 *
 * Pure: takes and returns plain data, so unit tests run it in Node.
 */
import { isLocale, type Locale } from '../../src/i18n';
import { CMS_LABELS, fill, wording } from '../labels';
import { COLLECTION_SCHEMA, IMAGE_FIELDS, IMAGE_TYPES, MEDIA_FIELDS, RELATION_FIELDS, SCHEMAS, isContributorForm, type CmsCollectionName } from '../schemas';

export type Path = (string | number)[];
/** A change to apply to Decap's (Immutable) entry data: set a value, or delete when value is undefined. */
export interface Edit { path: Path; value?: string }
export interface Problem { path: string; message: string }
export interface Prepared { data: Record<string, unknown>; edits: Edit[]; problems: Problem[] }

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0);

/** Removes what Decap leaves behind for untouched or cleared optional fields ("" / null / [] / {}), which the strict schema refuses. */
function prune(value: unknown, path: Path, edits: Edit[]): unknown {
  if (Array.isArray(value)) return value.map((v, i) => prune(v, [...path, i], edits));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const pruned = prune(v, [...path, k], edits);
      if (isEmpty(pruned)) {
        if (path.length === 0 && k === 'body') continue;
        edits.push({ path: [...path, k] });
      } else out[k] = pruned;
    }
    return out;
  }
  return value;
}

/** Paths like "captions.*.src" expanded against the data. */
function expand(data: unknown, pattern: string): Path[] {
  let paths: Path[] = [[]];
  for (const part of pattern.split('.')) {
    const next: Path[] = [];
    for (const p of paths) {
      const here = get(data, p);
      if (part === '*') {
        if (Array.isArray(here)) here.forEach((_, i) => next.push([...p, i]));
      } else if (here && typeof here === 'object' && part in here) next.push([...p, part]);
    }
    paths = next;
  }
  return paths;
}

const get = (data: unknown, path: Path): unknown => path.reduce<unknown>((v, k) => (v == null ? undefined : (v as Record<string, unknown>)[k as string]), data);

function set(data: Record<string, unknown>, path: Path, value: string) {
  let v: Record<string, unknown> = data;
  for (const k of path.slice(0, -1)) v = v[k as string] as Record<string, unknown>;
  v[path[path.length - 1] as string] = value;
}

/** Tidy and check `input` (Decap's entry data as plain JS) for `collection`, with messages in `locale`. */
export function prepareEntry(collection: CmsCollectionName, input: Record<string, unknown>, locale: Locale): Prepared {
  const labels = CMS_LABELS[locale];
  const schemaName = COLLECTION_SCHEMA[collection];
  const edits: Edit[] = [];
  const data = prune(structuredClone(input), [], edits) as Record<string, unknown>;
  const problems: Problem[] = [];

  // Media beside the entry: Decap writes "cover.jpg"; the model wants "./cover.jpg" (as hand-written entries do).
  for (const pattern of MEDIA_FIELDS[schemaName]) {
    for (const path of expand(data, pattern)) {
      const value = get(data, path);
      if (typeof value !== 'string') continue;
      const fixed = /^(\.\/|\/|https?:)/.test(value) ? value : `./${value}`;
      if (fixed !== value) {
        set(data, path, fixed);
        edits.push({ path, value: fixed });
      }
      if (IMAGE_FIELDS[schemaName].includes(pattern) && !IMAGE_TYPES.test(fixed))
        problems.push({ path: path.join('.'), message: labels.messages.imageType });
    }
  }

  // Relations name the entry folder, never Decap's "<folder>/index" path slug.
  for (const pattern of RELATION_FIELDS[schemaName]) {
    for (const path of expand(data, pattern)) {
      const value = get(data, path);
      if (typeof value === 'string' && value.endsWith('/index')) {
        const fixed = value.slice(0, -'/index'.length);
        set(data, path, fixed);
        edits.push({ path, value: fixed });
      }
    }
  }

  // The site's Markdown pipeline refuses raw HTML and would fail the whole build (src/markdown/pipeline.ts);
  // the raw Markdown mode of Decap's editor lets anyone type it, so catch it here.
  const html = typeof data.body === 'string' ? rawHtml(data.body) : undefined;
  if (html) problems.push({ path: 'body', message: fill(labels.messages.rawHtml, { snippet: html }) });

  const { body: _body, ...frontmatter } = data;
  const result = SCHEMAS[schemaName].safeParse(frontmatter);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      // A contributor's "my guardian agrees" is a request: the team confirms it later, so it never blocks their save.
      if (path === 'guardianConfirmation' && isContributorForm(collection)) continue;
      problems.push({ path, message: messageFor(collection, issue.path, issue.message, locale) });
    }
  }
  return { data, edits, problems: dedupe(problems) };
}

/**
 * The first piece of raw HTML in Markdown, as CommonMark reads it (tags,
 * comments, declarations), ignoring code and backslash-escaped "<".
 */
export function rawHtml(markdown: string): string | undefined {
  const prose = markdown
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, '')
    .replace(/(`+)[\s\S]*?\1/g, '');
  return /(?<!\\)(?:<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|<\?|<![A-Za-z]|<!\[CDATA\[)/.exec(prose)?.[0].slice(0, 40);
}

function messageFor(collection: CmsCollectionName, path: PropertyKey[], modelMessage: string, locale: Locale): string {
  const labels = CMS_LABELS[locale];
  const key = path.filter((p) => typeof p === 'string').join('.');
  if (key === 'consent.publication') return labels.messages.noConsent;
  if (key === 'consent.guardian') return labels.messages.noGuardian;
  if (key === 'consent.date' && /after publication/.test(modelMessage)) return labels.messages.consentAfterPublication;
  // The rules protecting authors under 18 (src/model/minors.ts), in the editor's language.
  if (/under 18/.test(modelMessage)) {
    if (key === 'author.name') return labels.messages.minorName;
    if (key === 'summary') return labels.messages.minorNameInSummary;
    if (key === 'cover.alt' || key === 'poster.alt') return labels.messages.minorNameInAlt;
    if (key === 'guardianConfirmation') return labels.messages.guardianConfirmation;
  }
  // Anything else: the model's own message (it names the fix), after the field's label in the editor's language.
  const field = labelFor(collection, path.filter((p) => typeof p === 'string') as string[], locale);
  return fill(labels.messages.fieldProblem, { field, message: modelMessage });
}

function labelFor(collection: CmsCollectionName, parts: string[], locale: Locale): string {
  const labels = CMS_LABELS[locale];
  for (let n = parts.length; n > 0; n--) {
    // Localized sub-fields (title.fr) are labelled by their parent.
    const key = parts.slice(0, n).filter((p) => !isLocale(p)).join('.');
    try {
      return wording(labels, collection, key).label;
    } catch {
      /* try the parent */
    }
  }
  return parts.join('.');
}

const dedupe = (problems: Problem[]) => problems.filter((p, i) => problems.findIndex((q) => q.message === p.message) === i);
