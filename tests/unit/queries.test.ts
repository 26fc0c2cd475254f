import { describe, expect, it } from 'vitest';
import { countriesWithContent, latestMix, relatedStories, translationsOf } from '../../src/lib/queries';
import { readingMinutes, plainText } from '../../src/lib/text';

const s = (id: string, data: Partial<{ themes: string[]; originCountries: string[]; campaign: string; published: string; translationOf: string }>) => ({
  id,
  collection: 'stories',
  data: { themes: ['health'], originCountries: ['GE'], published: new Date(data.published ?? '2026-01-01'), ...data, ...(data.published ? { published: new Date(data.published) } : {}) } as any,
});

describe('queries', () => {
  const original = s('orig', { originCountries: ['GE'] });
  const es = s('orig-es', { translationOf: 'orig' });
  const fr = s('orig-fr', { translationOf: 'orig' });
  const sameCountry = s('ge-climate', { themes: ['climate'], originCountries: ['GE'], published: '2026-05-01' });
  const sameTheme = s('pe-health', { themes: ['health'], originCountries: ['PE'], published: '2026-06-01' });
  const unrelated = s('fj-gender', { themes: ['gender'], originCountries: ['FJ'] });
  const all = [original, es, fr, sameCountry, sameTheme, unrelated];

  it('finds a story’s translations from the original and from a translation', () => {
    expect(translationsOf(original, all).map((x) => x.id)).toEqual(['orig-es', 'orig-fr']);
    expect(translationsOf(es, all).map((x) => x.id)).toEqual(['orig', 'orig-fr']);
    expect(translationsOf(unrelated, all)).toEqual([]);
  });

  it('ranks related stories by shared country, then theme, excluding translations and unrelated ones', () => {
    expect(relatedStories(original, all, 3).map((x) => x.id)).toEqual(['ge-climate', 'pe-health']);
    expect(relatedStories(original, all, 1).map((x) => x.id)).toEqual(['ge-climate']);
  });

  it('counts origin countries', () => {
    expect(Object.fromEntries(countriesWithContent(all))).toEqual({ GE: 4, PE: 1, FJ: 1 });
  });

  it('estimates reading time and strips Markdown', () => {
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
    expect(readingMinutes('short')).toBe(1);
    expect(plainText('## Title\n\nSome **bold** and [a link](https://x.org).')).toBe('Title\n\nSome bold and a link.');
  });
});

describe('latestMix', () => {
  const e = (id: string, collection: 'stories' | 'videos', day: number) => ({ id, collection, data: { themes: [], originCountries: [], published: new Date(2026, 0, 31 - day) } });
  const newest = [e('s1', 'stories', 1), e('s2', 'stories', 2), e('s3', 'stories', 3), e('s4', 'stories', 4), e('v1', 'videos', 5), e('s5', 'stories', 6), e('v2', 'videos', 7)];

  it('keeps the newest entries when they already hold enough videos', () => {
    expect(latestMix(newest, 5, 1).map((x) => x.id)).toEqual(['s1', 's2', 's3', 's4', 'v1']);
  });

  it('brings in the newest videos in place of the oldest stories, still newest first', () => {
    expect(latestMix(newest, 4, 2).map((x) => x.id)).toEqual(['s1', 's2', 'v1', 'v2']);
    expect(latestMix(newest, 3, 5).map((x) => x.id)).toEqual(['s1', 'v1', 'v2']);
  });

  it('keeps an audio story too, without giving up the videos (issue 15)', () => {
    const withAudio = [...newest, { ...e('a1', 'stories', 8), collection: 'audio' as const }];
    expect(latestMix(withAudio, 4, 2, 1).map((x) => x.id)).toEqual(['s1', 'v1', 'v2', 'a1']);
    expect(latestMix(withAudio, 4, 2).map((x) => x.id)).toEqual(['s1', 's2', 'v1', 'v2']);
  });

  it('returns what there is when there are few entries', () => {
    expect(latestMix(newest.slice(0, 2), 6, 2).map((x) => x.id)).toEqual(['s1', 's2']);
  });
});


describe('related stories at scale', () => {
  // The indexed version must pick exactly what ranking every story would.
  const naive = (story: any, stories: any[], count: number) => {
    const root = story.data.translationOf ?? story.id;
    const family = new Set([story.id, ...stories.filter((x) => x.id === root || x.data.translationOf === root).map((x) => x.id)]);
    const score = (x: any) =>
      3 * x.data.originCountries.filter((c: string) => story.data.originCountries.includes(c)).length +
      2 * x.data.themes.filter((t: string) => story.data.themes.includes(t)).length +
      (x.data.campaign && x.data.campaign === story.data.campaign ? 2 : 0);
    return stories
      .filter((x) => !family.has(x.id))
      .map((x) => ({ x, n: score(x) }))
      .filter(({ n }) => n > 0)
      .sort((a, b) => b.n - a.n || b.x.data.published.getTime() - a.x.data.published.getTime())
      .map(({ x }) => x.id)
      .slice(0, count);
  };
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
  const countries = ['GE', 'FJ', 'PE', 'SV', 'MU', 'FR'];
  const themes = ['health', 'gender', 'climate'];
  const many = Array.from({ length: 400 }, (_, i) =>
    s(`x${i}`, {
      originCountries: [...new Set([countries[rand(6)]!, countries[rand(6)]!])].slice(0, 1 + rand(2)),
      themes: [...new Set([themes[rand(3)]!, themes[rand(3)]!])],
      ...(rand(3) === 0 ? { campaign: `c${rand(2)}` } : {}),
      ...(i > 10 && rand(5) === 0 ? { translationOf: `x${rand(10)}` } : {}),
      published: `2026-0${1 + rand(9)}-1${rand(9)}`,
    }),
  );

  it('matches ranking every story, ties included', () => {
    for (const story of many.slice(0, 60)) for (const count of [1, 4, 12]) expect(relatedStories(story, many, count).map((x) => x.id)).toEqual(naive(story, many, count));
  });
});
