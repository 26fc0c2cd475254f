/**
 * Checks that span entries: references to other entries and files beside an
 * entry. Schemas see one file at a time, so these run once over everything.
 * Each problem names the file, the field and the fix.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface RawEntry {
  collection: 'stories' | 'videos' | 'campaigns' | 'sessions' | 'recommendations';
  id: string;
  filePath?: string;
  data: Record<string, any>;
}

export class ContentError extends Error {
  constructor(public problems: string[]) {
    super(`Content check failed (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

const fileOf = (e: RawEntry) => e.filePath ?? `content/${e.collection}/${e.id}/index.md`;

/** Every problem found, as readable sentences; empty when all is well. */
export function findProblems(entries: RawEntry[], root = process.cwd()): string[] {
  const ids = {
    stories: new Set(entries.filter((e) => e.collection === 'stories').map((e) => e.id)),
    videos: new Set(entries.filter((e) => e.collection === 'videos').map((e) => e.id)),
    campaigns: new Set(entries.filter((e) => e.collection === 'campaigns').map((e) => e.id)),
    sessions: new Set(entries.filter((e) => e.collection === 'sessions').map((e) => e.id)),
  };
  const problems: string[] = [];
  const missingRef = (e: RawEntry, field: string, target: keyof typeof ids, value: string) => {
    if (!ids[target].has(value)) {
      const known = [...ids[target]].slice(0, 5).join(', ');
      problems.push(
        `${fileOf(e)}: ${field} refers to "${value}", but there is no content/${target}/${value}/index.md. ` +
          `Fix the folder name or remove ${field}${known ? ` (existing: ${known}${ids[target].size > 5 ? ', …' : ''})` : ''}.`,
      );
    }
  };
  const missingFile = (e: RawEntry, field: string, rel: string) => {
    const abs = join(root, dirname(fileOf(e)), rel);
    if (!existsSync(abs)) problems.push(`${fileOf(e)}: ${field} is "${rel}", but that file does not exist beside index.md. Add the file or correct the name.`);
  };

  for (const e of entries) {
    const d = e.data;
    if ((e.collection === 'stories' || e.collection === 'videos') && d.campaign) missingRef(e, 'campaign', 'campaigns', d.campaign);
    if (e.collection === 'stories' && d.translationOf) {
      if (d.translationOf === e.id) problems.push(`${fileOf(e)}: translationOf points to the story itself. Point it to the original story's folder name.`);
      else missingRef(e, 'translationOf', 'stories', d.translationOf);
    }
    if (e.collection === 'videos') {
      if (d.video?.provider === 'self' && d.video.file) missingFile(e, 'video.file', d.video.file);
      (d.captions ?? []).forEach((c: { src: string }, i: number) => missingFile(e, `captions[${i}].src`, c.src));
    }
    if (e.collection === 'campaigns') {
      (d.featured ?? []).forEach((f: { type: 'story' | 'video'; story?: string; video?: string }, i: number) =>
        f.type === 'story' ? missingRef(e, `featured[${i}].story`, 'stories', f.story!) : missingRef(e, `featured[${i}].video`, 'videos', f.video!),
      );
    }
    if (e.collection === 'sessions' && d.recording) missingRef(e, 'recording', 'videos', d.recording);
    if (e.collection === 'recommendations') {
      if (d.session) missingRef(e, 'session', 'sessions', d.session);
      (d.evidence ?? []).forEach((f: { type: 'story' | 'video'; story?: string; video?: string }, i: number) =>
        f.type === 'story' ? missingRef(e, `evidence[${i}].story`, 'stories', f.story!) : missingRef(e, `evidence[${i}].video`, 'videos', f.video!),
      );
    }
  }
  return problems;
}

export function assertIntegrity(entries: RawEntry[], root?: string) {
  const problems = findProblems(entries, root);
  if (problems.length) throw new ContentError(problems);
}
