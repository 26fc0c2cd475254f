/**
 * A content file with a mistake stops the real build with a message that
 * names the file, the field and the fix. Each case builds a throwaway copy.
 */
import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { buildSite } from '../support/build';
import { tempProject, type TempProject } from '../support/temp-project';

const projects: TempProject[] = [];
afterAll(() => projects.forEach((p) => p.cleanup()));

const story = (fields: string, body = 'A short story.') => `---
title: "A test story"
summary: "A summary."
language: en
themes: [health]
originCountries: [PE]
author: { name: "Ana", pseudonym: false, ageGroup: "18-24" }
published: 2026-01-10
consent: { publication: true, date: 2026-01-01 }
${fields}
---

${body}
`;

/** Build a copy with `files` added; return the build's output, which must be a failure. */
async function failingBuild(files: Record<string, string | Buffer>) {
  const project = tempProject('ydv-bad-');
  projects.push(project);
  for (const [path, text] of Object.entries(files)) project.write(path, text);
  const { code, output } = await buildSite({ cwd: project.dir, allowFailure: true });
  expect(code, output.slice(-2000)).not.toBe(0);
  // Drop terminal colours so assertions read the words a person sees.
  return output.replace(/\x1b\[[0-9;]*m/g, '');
}

describe('bad input fails the build with a clear message', () => {
  it('names the file and every wrong field of an invalid entry', async () => {
    const out = await failingBuild({
      'content/stories/zz-bad-fields/index.md': story('').replace('title: "A test story"\n', '').replace('themes: [health]', 'themes: [sport]').replace('[PE]', '[XX]'),
    });
    expect(out).toContain('stories → zz-bad-fields data does not match collection schema');
    expect(out).toContain('title: The title is missing. Give the entry a short title.');
    expect(out).toContain('themes.0: "sport" is not a theme. Use one of: health, gender, climate.');
    expect(out).toMatch(/originCountries\.0: "XX" is not an ISO 3166-1 alpha-2 country code/);
    expect(out).toMatch(/content\/stories\/zz-bad-fields\/index\.md/);
  });

  it('refuses a reference to a campaign that does not exist', async () => {
    const out = await failingBuild({ 'content/stories/zz-bad-ref/index.md': story('campaign: climate-voicez') });
    expect(out).toMatch(/content\/stories\/zz-bad-ref\/index\.md: campaign refers to "climate-voicez", but there is no content\/campaigns\/climate-voicez\/index\.md\. Fix the folder name or remove campaign/);
  });

  it('refuses a missing image and an image without alt text', async () => {
    const out = await failingBuild({ 'content/stories/zz-no-image/index.md': story('cover: { src: ./nowhere.jpg, alt: "A field" }') });
    expect(out).toMatch(/zz-no-image/);
    expect(out).toContain('content/stories/zz-no-image/index.md: cover.src is "./nowhere.jpg", but there is no such file beside index.md. Add the image or correct the name.');
    const noAlt = await failingBuild({
      'content/stories/zz-no-alt/index.md': story('cover: { src: ./cover.jpg }'),
      'content/stories/zz-no-alt/cover.jpg': await sharp({ create: { width: 64, height: 40, channels: 3, background: '#c84' } }).jpeg().toBuffer(),
    });
    expect(noAlt).toContain('cover.alt: The alt text is missing. Describe what the image shows, for people who cannot see it.');
  });

  it('refuses an oversized image, saying how to fix it', async () => {
    const huge = await sharp({ create: { width: 6400, height: 400, channels: 3, background: '#48c' } }).jpeg({ quality: 20 }).toBuffer();
    const out = await failingBuild({
      'content/stories/zz-huge/index.md': story('cover: { src: ./cover.jpg, alt: "A very wide sky" }'),
      'content/stories/zz-huge/cover.jpg': huge,
    });
    expect(out).toMatch(/zz-huge/);
    expect(out).toContain('content/stories/zz-huge/index.md: cover.src (./cover.jpg) is 6400×400 pixels. Resize it so neither side is over 6000 pixels');
  });

  it('refuses a video link that is not a video id', async () => {
    const poster = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#333' } }).jpeg().toBuffer();
    const out = await failingBuild({
      'content/videos/zz-bad-video/index.md': story(`video: { provider: youtube, id: "https://example.org/not-a-video" }
poster: { src: ./poster.jpg, alt: "A poster" }
duration: "1:00"
captions: [{ src: ./captions.en.vtt, lang: en }]`),
      'content/videos/zz-bad-video/poster.jpg': poster,
      'content/videos/zz-bad-video/captions.en.vtt': 'WEBVTT\n',
    });
    expect(out).toContain('videos → zz-bad-video data does not match collection schema');
    expect(out).toMatch(/video\.id: "https:\/\/example\.org\/not-a-video" is not a youtube video id\. Paste only the id/);
  });
});
