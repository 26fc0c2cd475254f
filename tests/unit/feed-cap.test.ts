/**
 * Feeds carry the newest SITE.feedSize items, newest first (issue 13): the
 * sample content has fewer entries than the cap, so the cap is checked here
 * on more entries than it allows, through the functions the feed routes call.
 */
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/config/site';
import type { Contribution } from '../../src/lib/entries';
import { RECOMMENDATION_STATUS_IDS } from '../../src/model/taxonomy';
import { jsonFeedItems, newest, newestRecommendations, recommendationRssItems, rssItems } from '../../src/lib/feeds';

const STATUS = RECOMMENDATION_STATUS_IDS[0]!;
const site = new URL('https://voices.example.org/');
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);

/** A public story published `n` days after START: its id says its rank (story-010 is newer than story-009). */
function story(n: number): Contribution {
  const id = `story-${String(n).padStart(3, '0')}`;
  return {
    id,
    collection: 'stories',
    body: `The text of ${id}, in two sentences. It is long enough to be a paragraph.`,
    data: {
      title: `Title ${id}`,
      summary: `Summary of ${id}`,
      published: new Date(START + n * DAY),
      language: 'en',
      themes: ['climate'],
      originCountries: ['FJ'],
      author: { name: `Author ${n}`, ageGroup: '18-24' },
      licence: 'cc-by-4.0',
    },
  } as unknown as Contribution;
}

/** Entries 1…count in a scrambled order (the cap must not rely on its input being sorted). */
const scrambled = (count: number) => Array.from({ length: count }, (_, i) => story(((i * 7) % count) + 1));
const idOf = (url: string) => /\/stories\/([^/]+)\/$/.exec(new URL(url).pathname)![1];
/** The ids of entries count, count-1, … down to count-n+1: the newest n, newest first. */
const newestIds = (count: number, n: number) => Array.from({ length: n }, (_, i) => story(count - i).id);

describe('feed cap', () => {
  it('is a documented, positive setting', () => {
    expect(Number.isInteger(SITE.feedSize)).toBe(true);
    expect(SITE.feedSize).toBeGreaterThan(0);
  });

  it('RSS items: the newest SITE.feedSize entries, newest first, whatever the input order', () => {
    const count = SITE.feedSize + 7;
    const items = rssItems(scrambled(count), 'en', site);
    expect(items.map((i) => idOf(i.link!))).toEqual(newestIds(count, SITE.feedSize));
  });

  it('RSS items: an injected cap, and fewer entries than the cap', () => {
    expect(rssItems(scrambled(9), 'fr', site, 3).map((i) => idOf(i.link!))).toEqual(newestIds(9, 3));
    expect(rssItems(scrambled(4), 'es', site, 10).map((i) => idOf(i.link!))).toEqual(newestIds(4, 4));
  });

  it('JSON Feed items: the same cap and order, with the image the route gives', async () => {
    const count = SITE.feedSize + 3;
    const items = await jsonFeedItems(scrambled(count), site, async (e) => `https://voices.example.org/_astro/${e.id}.webp`);
    expect(items.map((i) => idOf(i.url))).toEqual(newestIds(count, SITE.feedSize));
    expect(items[0]!.image).toBe(`https://voices.example.org/_astro/${story(count).id}.webp`);
    const few = await jsonFeedItems(scrambled(6), site, async () => undefined, 2);
    expect(few.map((i) => idOf(i.url))).toEqual(newestIds(6, 2));
  });

  it('recommendations: the most recently changed first, capped', () => {
    const rec = (n: number, changedDaysLater = 0) =>
      ({
        id: `rec-${n}`,
        data: {
          title: { en: `Recommendation ${n}` },
          text: { en: `Why recommendation ${n} matters.` },
          theme: 'climate',
          published: new Date(START + n * DAY),
          statusHistory: [{ status: STATUS, date: new Date(START + (n + changedDaysLater) * DAY) }],
        },
      }) as unknown as Parameters<typeof newestRecommendations>[0][number];
    // rec-1 was published first but changed last: a status change brings it back to the top.
    const recs = [rec(2), rec(1, 10), rec(3), rec(4)];
    expect(newestRecommendations(recs, 2).map((r) => r.id)).toEqual(['rec-1', 'rec-4']);
    const titles = recommendationRssItems(recs, 'en', site, 3).map((i) => i.title!.replace(/ \(.*\)$/, ''));
    expect(titles).toEqual(['Recommendation 1', 'Recommendation 4', 'Recommendation 3']);
    const many = Array.from({ length: SITE.feedSize + 2 }, (_, i) => rec(i + 1));
    expect(recommendationRssItems(many, 'fr', site)).toHaveLength(SITE.feedSize);
    expect(newestRecommendations(many)[0]!.id).toBe(`rec-${SITE.feedSize + 2}`);
  });

  it('without a cap (the podcast) keeps everything, newest first', () => {
    const dates = [3, 1, 2].map((n) => new Date(START + n * DAY));
    expect(newest(dates, (d) => d, Infinity)).toEqual([...dates].sort((a, b) => b.getTime() - a.getTime()));
  });
});
