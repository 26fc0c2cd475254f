/**
 * The site's content, loaded once per build and passed through the
 * publication gate. Pages, feeds, search and share images read from here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTime, isPublic } from '../model/publish';
import { assertIntegrity } from './integrity';
import { readingMinutes } from './text';
import type { ThemeId } from '../model/taxonomy';

export type StoryEntry = CollectionEntry<'stories'>;
export type VideoEntry = CollectionEntry<'videos'>;
export type CampaignEntry = CollectionEntry<'campaigns'>;
export type Contribution = StoryEntry | VideoEntry;

export const isStory = (e: Contribution): e is StoryEntry => e.collection === 'stories';
export const isVideo = (e: Contribution): e is VideoEntry => e.collection === 'videos';

export interface Site {
  stories: StoryEntry[];
  videos: VideoEntry[];
  /** Stories and videos, newest first. */
  contributions: Contribution[];
  campaigns: CampaignEntry[];
  now: Date;
}

const newestFirst = (a: Contribution, b: Contribution) => b.data.published.getTime() - a.data.published.getTime();

let cached: Promise<Site> | undefined;

/** All public content. Throws a ContentError naming file and field when references are broken. */
export function loadSite(): Promise<Site> {
  cached ??= (async () => {
    const [stories, videos, campaigns] = await Promise.all([getCollection('stories'), getCollection('videos'), getCollection('campaigns')]);
    assertIntegrity([...stories, ...videos, ...campaigns]);
    const now = buildTime();
    const pubStories = stories.filter((e) => isPublic(e.data, now)).sort(newestFirst);
    const pubVideos = videos.filter((e) => isPublic(e.data, now)).sort(newestFirst);
    return {
      stories: pubStories,
      videos: pubVideos,
      contributions: [...pubStories, ...pubVideos].sort(newestFirst),
      campaigns: campaigns.filter((c) => !c.data.draft).sort((a, b) => b.data.starts.getTime() - a.data.starts.getTime()),
      now,
    };
  })();
  return cached;
}

export const byTheme = (items: Contribution[], theme: ThemeId) => items.filter((e) => e.data.themes.includes(theme));
export const byCountry = (items: Contribution[], code: string) => items.filter((e) => e.data.originCountries.includes(code));
export const byCampaign = (items: Contribution[], id: string) => items.filter((e) => e.data.campaign === id);

/** Origin countries that have public content, with counts. */
export function countriesWithContent(items: Contribution[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of items) for (const c of e.data.originCountries) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

export const readingTime = (e: StoryEntry) => readingMinutes(e.body ?? '');

/** A story's translations and original, all public. */
export function translationsOf(story: StoryEntry, stories: StoryEntry[]): StoryEntry[] {
  const root = story.data.translationOf ?? story.id;
  return stories.filter((s) => s.id !== story.id && (s.id === root || s.data.translationOf === root));
}

/** Stories that share the most with `story`: origin country, themes, campaign; newest wins ties. */
export function relatedStories(story: StoryEntry, stories: StoryEntry[], count: number): StoryEntry[] {
  const family = new Set([story.id, ...translationsOf(story, stories).map((s) => s.id)]);
  const score = (s: StoryEntry) =>
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
