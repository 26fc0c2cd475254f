/**
 * The benchmark's story generator must keep producing stories the real site
 * accepts, in the language mix asked for; otherwise `npm run bench` would
 * measure a build that fails, or a site unlike the real one.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import sharp from 'sharp';
import { z } from 'astro/zod';
import { storySchema } from '../../src/model/story';
import { isPublic } from '../../src/model/publish';
import { generateRecommendations, generateStories, recommendationMarkdown, toMarkdown, wordCount } from '../../scripts/bench/generate.ts';
import { recommendationSchema, currentStatus } from '../../src/model/recommendation';
import { existsSync } from 'node:fs';
import { makeBases, makeCover, COVER_WIDTH, COVER_HEIGHT } from '../../scripts/bench/images.ts';

const CAMPAIGNS = ['climate-voices', 'care-across-borders'];
const schema = storySchema(() => z.string());
const stories = generateStories({ count: 200, campaigns: CAMPAIGNS });

/** Front matter and body of a generated index.md, read back as Astro would. */
function readBack(md: string) {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(md);
  if (!m) throw new Error(`No front matter in:\n${md.slice(0, 200)}`);
  return { data: parse(m[1]!), body: m[2]! };
}

const letters = (s: string, script: RegExp) => [...s].filter((c) => script.test(c)).length;
const GEORGIAN = /\p{Script=Georgian}/u;
const LATIN = /\p{Script=Latin}/u;
/** Words that mark one language and not the others. */
const MARKERS: Record<string, RegExp> = {
  en: /\b(the|and|that|my|our)\b/g,
  fr: /\b(le|les|et|que|mon|ma|dans)\b/g,
  es: /\b(el|los|las|y|que|mi|en)\b/g,
};

describe('benchmark story generator', () => {
  it('writes index.md files that pass the real story schema and the publication gate', () => {
    const ids = new Set<string>();
    for (const s of stories) {
      const { data, body } = readBack(toMarkdown(s));
      const result = schema.safeParse(data);
      expect(result.success, `${s.id}: ${result.success ? '' : JSON.stringify(result.error.issues)}`).toBe(true);
      expect(isPublic(result.data!, new Date()), s.id).toBe(true);
      expect(s.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      ids.add(s.id);
      if (data.campaign) expect(CAMPAIGNS).toContain(data.campaign);
      if (data.translationOf) expect(stories.findIndex((o) => o.id === data.translationOf)).toBeLessThan(stories.indexOf(s));
      const words = wordCount(body);
      expect(words, s.id).toBeGreaterThanOrEqual(600);
      expect(words, s.id).toBeLessThanOrEqual(900);
    }
    expect(ids.size).toBe(stories.length);
  });

  it('spreads stories over every theme, partner and other countries, campaigns, age groups and translations', () => {
    const themes = new Set(stories.flatMap((s) => s.data.themes));
    const countries = new Set(stories.flatMap((s) => s.data.originCountries));
    expect([...themes].sort()).toEqual(['climate', 'gender', 'health']);
    for (const partner of ['SV', 'FJ', 'GE', 'MU', 'PE']) expect(countries).toContain(partner);
    expect(countries.size).toBeGreaterThan(8);
    expect(new Set(stories.map((s) => s.data.campaign).filter(Boolean))).toEqual(new Set(CAMPAIGNS));
    expect(new Set(stories.map((s) => s.data.author.ageGroup))).toEqual(new Set(['under-18', '18-24', '25-35']));
    expect(stories.some((s) => s.data.translationOf)).toBe(true);
  });

  it('produces exactly the requested language mix, each text in its own language and script', () => {
    const count = (list: typeof stories, lang: string) => list.filter((s) => s.language === lang).length;
    for (const lang of ['en', 'fr', 'es', 'ka']) expect(count(stories, lang), lang).toBe(50);
    const custom = generateStories({ count: 10, mix: { en: 0.3, ka: 0.7 } });
    expect([count(custom, 'en'), count(custom, 'ka')]).toEqual([3, 7]);

    for (const s of stories) {
      expect(s.data.language).toBe(s.language);
      const text = `${s.data.title} ${s.data.summary} ${s.body}`;
      const georgian = letters(text, GEORGIAN);
      const latin = letters(text, LATIN);
      if (s.language === 'ka') {
        // Georgian script, not transliteration; a few Latin letters may not appear at all.
        expect(georgian / (georgian + latin), s.id).toBeGreaterThan(0.99);
        continue;
      }
      expect(georgian, s.id).toBe(0);
      const lower = text.toLowerCase();
      const hits = Object.fromEntries(Object.entries(MARKERS).map(([l, re]) => [l, lower.match(re)?.length ?? 0]));
      const best = Object.entries(hits).sort((a, b) => b[1] - a[1])[0]![0];
      expect(best, `${s.id} reads as ${best}: ${JSON.stringify(hits)}`).toBe(s.language);
    }
  });

  it('gives exactly half the stories a cover with alt text in the story language', () => {
    const covered = stories.filter((s) => s.cover);
    expect(covered.length).toBe(100);
    for (const s of covered) {
      expect(s.data.cover).toEqual({ src: './cover.jpg', alt: expect.any(String) });
      if (s.language === 'ka') expect(s.data.cover!.alt).toMatch(GEORGIAN);
    }
    expect(stories.filter((s) => !s.cover).every((s) => s.data.cover === undefined)).toBe(true);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateStories({ count: 200, campaigns: CAMPAIGNS });
    expect(again.map(toMarkdown)).toEqual(stories.map(toMarkdown));
    const other = generateStories({ count: 200, campaigns: CAMPAIGNS, seed: 'another' });
    expect(other.map(toMarkdown)).not.toEqual(stories.map(toMarkdown));
  });

  it('draws a distinct 1600x1000 JPEG cover for each story', async () => {
    const bases = await makeBases();
    const [a, b] = stories.filter((s) => s.cover).slice(0, 2);
    const [ja, jb] = await Promise.all([makeCover(bases, a!.cover!), makeCover(bases, b!.cover!)]);
    expect(ja.equals(jb)).toBe(false);
    for (const jpeg of [ja, jb]) {
      const meta = await sharp(jpeg).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', COVER_WIDTH, COVER_HEIGHT]);
      expect(meta.exif).toBeUndefined();
    }
  });
});

describe('generated recommendations (issue 11)', () => {
  const recs = generateRecommendations(stories);
  it('adds a few per hundred stories, each valid, public and citing generated stories of its theme', () => {
    expect(recs).toHaveLength(6);
    const ids = new Map(stories.map((s) => [s.id, s]));
    for (const r of recs) {
      const data = parse(recommendationMarkdown(r).split(/^---$/m)[1]!);
      const result = recommendationSchema().safeParse(data);
      expect(result.success, `${r.id}: ${result.success ? '' : JSON.stringify(result.error.issues)}`).toBe(true);
      expect(isPublic(result.data!, new Date()), r.id).toBe(true);
      for (const e of result.data!.evidence) {
        const cited = ids.get(e.type === 'story' ? e.story : '');
        expect(cited, `${r.id} cites ${JSON.stringify(e)}`).toBeDefined();
        expect(cited!.data.themes).toContain(result.data!.theme);
      }
    }
    // The session they refer to is sample content, present in every benchmark copy.
    expect(existsSync(`content/sessions/${recs[0]!.data.session}/index.md`)).toBe(true);
    expect(new Set(recs.map((r) => r.data.theme))).toEqual(new Set(['health', 'gender', 'climate']));
    expect(new Set(recs.map((r) => currentStatus(recommendationSchema().parse(r.data)))).size).toBeGreaterThanOrEqual(3);
  });
});

