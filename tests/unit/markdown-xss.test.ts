/**
 * Contributor Markdown through the site's own processor (the one
 * astro.config.mjs uses), against a corpus of known XSS vectors.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { markdownConfigDefaults, parseFrontmatter, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { markdownProcessor, isRemoteUrl, EXTERNAL_REL } from '../../src/markdown/pipeline';
import { BODY_PAYLOADS, REFUSED_IN_DEFAULT_MODE } from '../fixtures/xss-payloads';
import { findUnsafe } from '../support/html-safety';

const FILE = 'content/stories/hostile-story/index.md';
const fileURL = pathToFileURL(resolve(process.cwd(), FILE));
let strip: MarkdownRenderer;
let strict: MarkdownRenderer;

const renderer = (rawHtml: 'strip' | 'error') =>
  markdownProcessor({ rawHtml }).createRenderer({ ...markdownConfigDefaults, syntaxHighlight: false } as Parameters<ReturnType<typeof markdownProcessor>['createRenderer']>[0]);

beforeAll(async () => {
  // Astro's renderer also logs each refused file; the assertions below check the message.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  [strip, strict] = await Promise.all([renderer('strip'), renderer('error')]);
});

/** The payload on line 3, between ordinary paragraphs, as in a real story. */
const story = (payload: string) => `An ordinary first paragraph.\n\n${payload}\n\nAn ordinary last paragraph.\n`;

describe('XSS corpus', () => {
  it('has at least 30 payloads, each with its own number', () => {
    expect(BODY_PAYLOADS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(BODY_PAYLOADS.map((p) => p.n)).size).toBe(BODY_PAYLOADS.length);
  });
});

describe.each(BODY_PAYLOADS)('payload $n ($vector)', (payload) => {
  it('renders to nothing executable when raw HTML is stripped', async () => {
    const { code } = await strip.render(story(payload.markdown), { fileURL });
    expect(findUnsafe(code, 'fragment'), code).toEqual([]);
    // The text around the payload survives: the sanitiser did not swallow the story.
    expect(code).toContain('An ordinary last paragraph.');
  });

  if (payload.rawHtml || REFUSED_IN_DEFAULT_MODE.has(payload.n)) {
    it('fails the default build with the file and line', async () => {
      await expect(strict.render(story(payload.markdown), { fileURL })).rejects.toThrow(`${FILE}:3:`);
    });
  } else {
    it('is accepted by the default build and rendered harmless', async () => {
      const { code } = await strict.render(story(payload.markdown), { fileURL });
      expect(findUnsafe(code, 'fragment'), code).toEqual([]);
    });
  }
});

describe('all payloads in one story', () => {
  it('renders nothing executable, whatever the payloads do to each other', async () => {
    const { code } = await strip.render(BODY_PAYLOADS.map((p) => p.markdown).join('\n\n'), { fileURL });
    expect(findUnsafe(code, 'fragment'), code).toEqual([]);
  });
});

describe('default build messages', () => {
  it('names the file, the line, what was found and the fix for raw HTML', async () => {
    const err = await strict.render('# Title\n\nText\n\n<iframe src="https://example.org"></iframe>\n', { fileURL }).catch((e: Error) => e);
    expect(String(err)).toContain(`${FILE}:5: the body text contains raw HTML (<iframe`);
    expect(String(err)).toMatch(/use Markdown instead/);
  });

  it('counts lines from the top of the file, frontmatter included, as an editor sees them', async () => {
    // Astro passes the trimmed body without its frontmatter; the message must still point at the file's own line.
    const dir = mkdtempSync(join(tmpdir(), 'ydv-md-'));
    const path = join(dir, 'index.md');
    const file = '---\ntitle: "A story"\nthemes: [health]\n---\n\nFirst paragraph.\n\n<b>bold</b>\n';
    writeFileSync(path, file);
    try {
      const body = parseFrontmatter(file).content.trim();
      const err = await strict.render(body, { fileURL: pathToFileURL(path) }).catch((e: Error) => e);
      expect(String(err)).toMatch(/index\.md:8: the body text contains raw HTML \(<b>/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file, the line and the fix for an image from another site', async () => {
    const err = await strict.render('Text\n\n![A map](https://maps.example/tile.png)\n', { fileURL }).catch((e: Error) => e);
    expect(String(err)).toContain(`${FILE}:3: the image "https://maps.example/tile.png" is not a file in the story folder`);
    expect(String(err)).toContain('![what the image shows](./photo.jpg)');
  });
});

describe('links and ids in contributor text', () => {
  it(`marks links to other sites rel="${EXTERNAL_REL.join(' ')}" and leaves site links alone`, async () => {
    const { code } = await strict.render('[out](https://example.org/a) [proto](//example.org/b) [in](/en/stories/)', { fileURL });
    const rels = [...code.matchAll(/<a href="([^"]+)"(?: rel="([^"]*)")?/g)].map((m) => [m[1], m[2]]);
    expect(rels).toEqual([
      ['https://example.org/a', 'nofollow ugc noopener'],
      ['//example.org/b', 'nofollow ugc noopener'],
      ['/en/stories/', undefined],
    ]);
  });

  it('keeps a local image for Astro to optimise', async () => {
    const { code, metadata } = await strict.render('![A river](./river.jpg)', { fileURL });
    expect(metadata.localImagePaths).toEqual(['./river.jpg']);
    expect(code).toContain('__ASTRO_IMAGE_');
  });

  it('prefixes heading ids so a story cannot take an id the page uses, and keeps same-page links working', async () => {
    const { code } = await strict.render('## Main\n\n## Related\n\n## Main\n\nSee [above](#main) and a note[^1].\n\n[^1]: The note.', { fileURL });
    const ids = [...code.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    const hrefs = [...code.matchAll(/ href="#([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toContain('user-content-main');
    expect(ids).toContain('user-content-main-1');
    expect(ids).toContain('user-content-related');
    expect(ids.every((id) => id!.startsWith('user-content-')), ids.join(', ')).toBe(true);
    // Every same-page link (heading link, footnote and its back-link) points at an id that exists.
    expect(hrefs.length).toBeGreaterThanOrEqual(3);
    for (const href of hrefs) expect(ids, `#${href}`).toContain(href);
  });

  it('recognises URLs that would reach another host', () => {
    for (const url of ['https://a.example/x.png', '//a.example/x.png', '\\\\a.example\\x.png', ' data:image/png;base64,AA', 'JAVASCRIPT:x', '\tjava\tscript:x'])
      expect(isRemoteUrl(url), url).toBe(true);
    for (const url of ['./x.png', 'x.png', '../x.png', '/favicon.svg', '#top', '%2F%2Fa.example']) expect(isRemoteUrl(url), url).toBe(false);
  });
});
