/**
 * The one entry-file format (src/lib/entry-file.ts): every sample entry and
 * every generated benchmark story is already in it, reading and writing an
 * unchanged entry changes nothing, and no value means something else to a
 * YAML 1.1 reader (issue 17).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parseEntryFile, stringifyEntryFile, stringifyFrontMatter } from '../../src/lib/entry-file';
import { KEY_ORDER, readEntry, writeEntry } from '../../cms/entry-format';
import { SCHEMAS } from '../../cms/schemas';
import { generateStories, toMarkdown } from '../../scripts/bench/generate.ts';
import { ROOT } from '../support/build';
import { slugsOf, type Kind } from '../support/entries';

const KINDS: Kind[] = ['stories', 'videos', 'campaigns'];
const read = (kind: Kind, slug: string) => readFileSync(join(ROOT, 'content', kind, slug, 'index.md'), 'utf8');

describe('entry-file format', () => {
  it('every sample entry is canonical: reading and writing it back changes no byte', () => {
    const differ: string[] = [];
    for (const kind of KINDS) for (const slug of slugsOf(kind)) if (writeEntry(kind, readEntry(read(kind, slug))) !== read(kind, slug)) differ.push(`${kind}/${slug}`);
    expect(differ, 'run npm run format:content').toEqual([]);
  });

  it('the benchmark generator writes the canonical format, keys in the model’s order', () => {
    for (const s of generateStories({ count: 60, campaigns: ['climate-voices'] })) {
      const md = toMarkdown(s);
      expect(writeEntry('stories', readEntry(md))).toBe(md);
    }
  });

  it('puts keys in the model’s order, nested ones too, and keeps unknown keys after them', () => {
    expect(KEY_ORDER.stories.keys).toEqual(Object.keys(SCHEMAS.stories.shape));
    const out = stringifyFrontMatter({ extra: 1, consent: { date: '2026-01-01', publication: true }, title: 'A title' }, KEY_ORDER.stories);
    expect(out).toBe('title: "A title"\nconsent:\n  publication: true\n  date: 2026-01-01\nextra: 1\n');
    expect(KEY_ORDER.videos.children?.video?.keys).toEqual(['provider', 'file', 'id']);
  });

  it('keeps the Markdown body byte for byte, and one blank line after the front matter', () => {
    const body = '[Sonido del mar] *olas*\n\nDos  espacios\\\n\\[ya escapado] <no-html> & 2:05\n';
    const file = stringifyEntryFile({ data: { title: 'x' }, body });
    expect(file).toBe(`---\ntitle: x\n---\n\n${body}`);
    expect(parseEntryFile(file).body).toBe(body);
    // Front matter only (campaigns): nothing after the closing line.
    expect(stringifyEntryFile({ data: { draft: false } })).toBe('---\ndraft: false\n---\n');
  });

  it('writes nothing a YAML 1.1 reader (or Astro’s) reads differently', () => {
    const tricky = ['2:05', '0:12', '190:20:30', 'no', 'No', 'yes', 'on', 'off', 'y', 'n', 'true', 'null', '~', '1e3', '0x1F', '012', '1_000', '.inf', '+1', '-', '#tag', 'a: b', ' lead', 'trail ', "it's", 'say "hi"', 'ligne\nsuivante', '', '@x', '18-24', 'under-18', '[x]', '{y}', '*ref', '&anchor', '!tag', '%p', '|', '>'];
    const data = Object.fromEntries(tricky.map((v, i) => [`k${i}`, v]));
    const front = stringifyFrontMatter(data);
    expect(parse(front, { version: '1.1' })).toEqual(data);
    expect(parse(front, { version: '1.2' })).toEqual(data);
    expect(parseFrontmatter(`---\n${front}---\n`).frontmatter).toEqual(data);
    // Dates stay plain: YAML 1.1 readers (and the model) take them as dates.
    expect(stringifyFrontMatter({ published: '2026-08-19' })).toBe('published: 2026-08-19\n');
    // Short lists of codes on one line; text lists and lists of objects as blocks.
    expect(stringifyFrontMatter({ themes: ['health', 'gender'], questions: ['Why?'], featured: [{ type: 'story', story: 'a' }] })).toBe(
      'themes: [health, gender]\nquestions:\n  - "Why?"\nfeatured:\n  - type: story\n    story: a\n',
    );
    // No folding, however long.
    const long = 'word '.repeat(60).trim();
    expect(stringifyFrontMatter({ summary: long })).toBe(`summary: "${long}"\n`);
  });
});
