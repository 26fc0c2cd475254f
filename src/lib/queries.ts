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

// Entries are the same objects on every page (loadSite()), and a story page asks twice, its cards once more.
const minutes = new WeakMap<object, number>();
export const readingTime = (e: { body?: string }) => {
  let n = minutes.get(e);
  if (n === undefined) minutes.set(e, (n = readingMinutes(e.body ?? '')));
  return n;
};

/**
 * What story pages ask of the whole archive, computed once per list of stories
 * (loadSite() returns the same array to every page), so a page's cost does not
 * grow with the archive: translation families by root id, and stories grouped
 * by what relatedness looks at (countries, themes, campaign), newest first.
 */
interface StoryIndex<T extends EntryLike> {
  families: Map<string, T[]>;
  groups: { countries: readonly string[]; themes: readonly string[]; campaign?: string; members: { s: T; i: number }[] }[];
  /** relatedStories() by story id and count: a story's page exists once per interface language. */
  related: Map<string, T[]>;
}
const indexes = new WeakMap<readonly EntryLike[], StoryIndex<EntryLike>>();

function indexOf<T extends EntryLike>(stories: readonly T[]): StoryIndex<T> {
  const found = indexes.get(stories);
  if (found) return found as unknown as StoryIndex<T>;
  const families = new Map<string, T[]>();
  const groups = new Map<string, StoryIndex<T>['groups'][number]>();
  stories.forEach((s, i) => {
    const root = s.data.translationOf ?? s.id;
    families.set(root, [...(families.get(root) ?? []), s]);
    const key = JSON.stringify([s.data.originCountries, s.data.themes, s.data.campaign ?? '']);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { countries: s.data.originCountries, themes: s.data.themes, campaign: s.data.campaign, members: [] }));
    g.members.push({ s, i });
  });
  const newer = (a: { s: T; i: number }, b: { s: T; i: number }) => b.s.data.published.getTime() - a.s.data.published.getTime() || a.i - b.i;
  for (const g of groups.values()) g.members.sort(newer);
  const index: StoryIndex<T> = { families, groups: [...groups.values()], related: new Map() };
  indexes.set(stories, index as unknown as StoryIndex<EntryLike>);
  return index;
}

/** A story's translations and original, all public. */
export function translationsOf<T extends EntryLike>(story: T, stories: readonly T[]): T[] {
  const root = story.data.translationOf ?? story.id;
  return (indexOf(stories).families.get(root) ?? []).filter((s) => s.id !== story.id && (s.id === root || s.data.translationOf === root));
}

/**
 * Stories that share the most with `story`: origin country, themes, campaign;
 * newest wins ties. Scores are computed per group of alike stories, not per
 * story, then the best groups are merged newest first until `count` are found.
 */
export function relatedStories<T extends EntryLike>(story: T, stories: readonly T[], count: number): T[] {
  const memo = indexOf(stories).related;
  const key = `${story.id}\0${count}`;
  let found = memo.get(key);
  if (!found) memo.set(key, (found = rankRelated(story, stories, count)));
  return found;
}

function rankRelated<T extends EntryLike>(story: T, stories: readonly T[], count: number): T[] {
  const family = new Set([story.id, ...translationsOf(story, stories).map((s) => s.id)]);
  const d = story.data;
  const scored = indexOf(stories)
    .groups.map((g) => ({
      g,
      n:
        3 * g.countries.filter((c) => d.originCountries.includes(c)).length +
        2 * g.themes.filter((t) => d.themes.includes(t)).length +
        (g.campaign && g.campaign === d.campaign ? 2 : 0),
    }))
    .filter(({ n }) => n > 0)
    .sort((a, b) => b.n - a.n);
  const picked: T[] = [];
  for (let at = 0; at < scored.length && picked.length < count; ) {
    // Groups of equal score compete on date: merge their newest-first lists.
    let end = at;
    while (end < scored.length && scored[end]!.n === scored[at]!.n) end++;
    const tied = scored.slice(at, end).map(({ g }) => ({ list: g.members, pos: 0 }));
    while (picked.length < count) {
      let best: (typeof tied)[number] | undefined;
      for (const t of tied) {
        while (t.pos < t.list.length && family.has(t.list[t.pos]!.s.id)) t.pos++;
        const c = t.list[t.pos];
        if (!c) continue;
        const b = best && best.list[best.pos]!;
        if (!b || c.s.data.published.getTime() > b.s.data.published.getTime() || (c.s.data.published.getTime() === b.s.data.published.getTime() && c.i < b.i)) best = t;
      }
      if (!best) break;
      picked.push(best.list[best.pos++]!.s);
    }
    at = end;
  }
  return picked;
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
