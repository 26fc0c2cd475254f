/**
 * Pure queries over public entries (no Astro imports, so they are unit-tested
 * directly). Entries are typed structurally: anything with an id and data.
 */
import { readingMinutes } from './text';
import type { ThemeId } from '../model/taxonomy';

interface EntryLike {
  id: string;
  collection: string;
  body?: string;
  data: { themes: readonly string[]; originCountries: readonly string[]; campaign?: string; published: Date; translationOf?: string };
}

export const byTheme = <T extends EntryLike>(items: T[], theme: ThemeId) => items.filter((e) => e.data.themes.includes(theme));
export const byCountry = <T extends EntryLike>(items: T[], code: string) => items.filter((e) => e.data.originCountries.includes(code));

/** Origin countries that have public content, with counts. */
export function countriesWithContent<T extends EntryLike>(items: T[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of items) for (const c of e.data.originCountries) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

export const readingTime = (e: { body?: string }) => readingMinutes(e.body ?? '');

/** A story's translations and original, all public. */
export function translationsOf<T extends EntryLike>(story: T, stories: T[]): T[] {
  const root = story.data.translationOf ?? story.id;
  return stories.filter((s) => s.id !== story.id && (s.id === root || s.data.translationOf === root));
}

/** Stories that share the most with `story`: origin country, themes, campaign; newest wins ties. */
export function relatedStories<T extends EntryLike>(story: T, stories: T[], count: number): T[] {
  const family = new Set([story.id, ...translationsOf(story, stories).map((s) => s.id)]);
  const score = (s: T) =>
    3 * s.data.originCountries.filter((c) => story.data.originCountries.includes(c)).length +
    2 * s.data.themes.filter((t) => story.data.themes.includes(t)).length +
    (s.data.campaign && s.data.campaign === story.data.campaign ? 2 : 0);
  return stories
    .filter((s) => !family.has(s.id))
    .map((s) => ({ s, n: score(s) }))
    .filter(({ n }) => n > 0)
    .sort((a, b) => b.n - a.n || b.s.data.published.getTime() - a.s.data.published.getTime())
    .slice(0, count)
    .map(({ s }) => s);
}

/**
 * The newest `count` entries (newest first, as given), with at least
 * `minVideos` videos when there are that many: a burst of new stories must not
 * push every video off the home page. Videos replace the oldest stories picked.
 */
export function latestMix<T extends EntryLike>(newestFirst: T[], count: number, minVideos: number): T[] {
  const picked = newestFirst.slice(0, count);
  const isVideo = (e: T) => e.collection === 'videos';
  const missing = minVideos - picked.filter(isVideo).length;
  if (missing <= 0) return picked;
  const extra = newestFirst.slice(count).filter(isVideo).slice(0, missing);
  const keep = new Set(picked);
  for (let i = picked.length - 1, n = extra.length; i >= 0 && n > 0; i--) {
    if (!isVideo(picked[i]!)) {
      keep.delete(picked[i]!);
      n--;
    }
  }
  return newestFirst.filter((e) => keep.has(e) || extra.includes(e));
}
