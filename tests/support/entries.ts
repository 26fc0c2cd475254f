/** Which sample entries are public, read from content/ frontmatter through the real gate (independent of the build). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './build';
import { isPublic } from '../../src/model/publish';
import { entryFile, kindDir, type EntryKind as Kind } from '../../src/model/kinds';
import { interfaceLocaleFor } from '../../src/model/taxonomy';
import type { Locale } from '../../src/i18n';

export type { Kind };

/** The kinds a contributor shares (the site's "contributions"): every test that counts or lists them reads this list. */
export const CONTRIBUTION_KINDS = ['stories', 'videos', 'audio'] as const;

export function frontmatter(kind: Kind, slug: string): Record<string, any> {
  const text = readFileSync(join(ROOT, entryFile(kind, slug)), 'utf8');
  return parseYaml(text.split(/^---\s*$/m)[1]!);
}

export const slugsOf = (kind: Kind) =>
  readdirSync(join(ROOT, kindDir(kind))).filter((s) => existsSync(join(ROOT, entryFile(kind, s)))).sort();

/** Public and hidden slugs of a kind, as the gate decides at `now`. Campaigns and sessions are hidden only as drafts (their dates are not publication dates). */
export function partition(kind: Kind, now = new Date()) {
  const pub: string[] = [];
  const hidden: string[] = [];
  for (const slug of slugsOf(kind)) {
    const d = frontmatter(kind, slug);
    const ok = kind === 'campaigns' || kind === 'sessions' ? !d.draft : isPublic({ ...d, published: new Date(d.published) }, now);
    (ok ? pub : hidden).push(slug);
  }
  return { pub, hidden };
}

/**
 * An entry's page in interface language `locale`, as a URL path; without a
 * locale, its canonical page (the interface language that suits its text).
 */
export function entryUrl(kind: 'stories' | 'videos' | 'audio', slug: string, locale?: Locale): string {
  return `/${locale ?? interfaceLocaleFor(String(frontmatter(kind, slug).language))}/${kind}/${slug}/`;
}
/** The dist file of entryUrl(), e.g. fr/stories/x/index.html. */
export const entryDistFile = (kind: 'stories' | 'videos' | 'audio', slug: string, locale?: Locale) => `${entryUrl(kind, slug, locale).slice(1)}index.html`;
