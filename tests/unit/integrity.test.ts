import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertIntegrity, findProblems, type RawEntry } from '../../src/lib/integrity';

const root = mkdtempSync(join(tmpdir(), 'ydv-integrity-'));
mkdirSync(join(root, 'content/videos/v1'), { recursive: true });
writeFileSync(join(root, 'content/videos/v1/captions.en.vtt'), 'WEBVTT\n');

const entries = (): RawEntry[] => [
  { collection: 'stories', id: 's1', filePath: 'content/stories/s1/index.md', data: { campaign: 'c1' } },
  { collection: 'stories', id: 's2', filePath: 'content/stories/s2/index.md', data: { translationOf: 's1' } },
  { collection: 'videos', id: 'v1', filePath: 'content/videos/v1/index.md', data: { video: { provider: 'youtube', id: 'x' }, captions: [{ src: './captions.en.vtt' }] } },
  { collection: 'campaigns', id: 'c1', filePath: 'content/campaigns/c1/index.md', data: { featured: [{ type: 'story', story: 's1' }, { type: 'video', video: 'v1' }] } },
];

describe('cross-entry checks', () => {
  it('passes when every reference and file exists', () => {
    expect(findProblems(entries(), root)).toEqual([]);
  });

  it('names the file, the field and the fix for a broken reference', () => {
    const e = entries();
    e[0]!.data.campaign = 'climat-voices';
    e[1]!.data.translationOf = 'nope';
    e[3]!.data.featured[1].video = 'v2';
    const problems = findProblems(e, root);
    expect(problems).toEqual([
      expect.stringMatching(/^content\/stories\/s1\/index\.md: campaign refers to "climat-voices", but there is no content\/campaigns\/climat-voices\/index\.md\. Fix the folder name or remove campaign \(existing: c1\)/),
      expect.stringMatching(/^content\/stories\/s2\/index\.md: translationOf refers to "nope"/),
      expect.stringMatching(/^content\/campaigns\/c1\/index\.md: featured\[1\]\.video refers to "v2"/),
    ]);
    expect(() => assertIntegrity(e, root)).toThrow(/Content check failed \(3 problems\)/);
  });

  it('reports missing caption and video files beside the entry', () => {
    const e = entries();
    e[2]!.data = { video: { provider: 'self', file: './clip.mp4' }, captions: [{ src: './captions.fr.vtt' }] };
    expect(findProblems(e, root)).toEqual([
      'content/videos/v1/index.md: video.file is "./clip.mp4", but that file does not exist beside index.md. Add the file or correct the name.',
      'content/videos/v1/index.md: captions[0].src is "./captions.fr.vtt", but that file does not exist beside index.md. Add the file or correct the name.',
    ]);
  });

  it('refuses a story that says it translates itself', () => {
    const e = entries();
    e[1]!.data.translationOf = 's2';
    expect(findProblems(e, root)[0]).toMatch(/translationOf points to the story itself/);
  });
});
