/**
 * The site's content, loaded once per build and passed through the
 * publication gate. Pages, feeds, search and share images read from here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTime, isPublic } from '../model/publish';
import { assertIntegrity } from './integrity';

export type StoryEntry = CollectionEntry<'stories'>;
export type VideoEntry = CollectionEntry<'videos'>;
export type CampaignEntry = CollectionEntry<'campaigns'>;
export type Contribution = StoryEntry | VideoEntry;

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

export { byTheme, byCountry, countriesWithContent, readingTime, translationsOf, relatedStories } from './queries';
