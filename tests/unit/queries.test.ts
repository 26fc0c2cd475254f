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

