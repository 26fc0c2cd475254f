/** Which sample entries are public, read from content/ frontmatter through the real gate (independent of the build). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './build';
import { isPublic } from '../../src/model/publish';

export type Kind = 'stories' | 'videos' | 'campaigns' | 'sessions' | 'recommendations';

export function frontmatter(kind: Kind, slug: string): Record<string, any> {
  const text = readFileSync(join(ROOT, 'content', kind, slug, 'index.md'), 'utf8');
  return parseYaml(text.split(/^---\s*$/m)[1]!);
}

export const slugsOf = (kind: Kind) =>
  readdirSync(join(ROOT, 'content', kind)).filter((s) => existsSync(join(ROOT, 'content', kind, s, 'index.md'))).sort();

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
