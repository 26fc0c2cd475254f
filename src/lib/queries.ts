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

/** `picked` with at least `min` entries for which `is` holds (when `all` has them), replacing the oldest picked that are neither `is` nor `keep`. */
function ensureAtLeast<T>(all: T[], picked: T[], is: (e: T) => boolean, min: number, keep: (e: T) => boolean): T[] {
  const missing = min - picked.filter(is).length;
  if (missing <= 0) return picked;
  const extra = all.filter((e) => !picked.includes(e) && is(e)).slice(0, missing);
  const out = new Set(picked);
  for (let i = picked.length - 1, n = extra.length; i >= 0 && n > 0; i--) {
    if (!is(picked[i]!) && !keep(picked[i]!)) {
      out.delete(picked[i]!);
      n--;
    }
  }
  return [...out, ...extra];
}

/**
 * The newest `count` entries (newest first, as given), with at least
 * `minVideos` videos and `minAudio` audio stories when there are that many: a
 * burst of new stories must not push every video or recording off the home
 * page. They replace the oldest stories picked.
 */
export function latestMix<T extends EntryLike>(newestFirst: T[], count: number, minVideos: number, minAudio = 0): T[] {
  const isVideo = (e: T) => e.collection === 'videos';
  const isAudio = (e: T) => e.collection === 'audio';
  let picked = ensureAtLeast(newestFirst, newestFirst.slice(0, count), isVideo, minVideos, () => false);
  picked = ensureAtLeast(newestFirst, picked, isAudio, minAudio, isVideo);
  return newestFirst.filter((e) => picked.includes(e));
}
