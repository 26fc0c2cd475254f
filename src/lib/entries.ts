/**
 * The site's content, loaded once per build and passed through the
 * publication gate. Pages, feeds, search and share images read from here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTime, isPublic } from '../model/publish';
import { isMinor, monthOf } from '../model/minors';
import { assertIntegrity } from './integrity';
import { loadSupport, type SupportService } from './support';

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
  /** The support directory: published, checked within 24 months (src/lib/support.ts). */
  support: SupportService[];
  now: Date;
}

/**
 * An under-18 author's entry carries only its month from here on (the gate
 * has already used the real date), so no page, feed, index or image can show
 * a day that could be matched to an event in a small community.
 */
function publicView<E extends Contribution>(entry: E): E {
  if (!isMinor(entry.data)) return entry;
  return { ...entry, data: { ...entry.data, published: monthOf(entry.data.published), consent: { ...entry.data.consent, date: monthOf(entry.data.consent.date) }, guardianConfirmation: undefined } };
}

const newestFirst = (a: Contribution, b: Contribution) => b.data.published.getTime() - a.data.published.getTime();

let cached: Promise<Site> | undefined;

/** All public content. Throws a ContentError naming file and field when references are broken. */
export function loadSite(): Promise<Site> {
  cached ??= (async () => {
    const [stories, videos, campaigns, supportEntries] = await Promise.all([getCollection('stories'), getCollection('videos'), getCollection('campaigns'), getCollection('support')]);
    assertIntegrity([...stories, ...videos, ...campaigns]);
    const now = buildTime();
    const support = loadSupport(supportEntries, now);
    const pubStories = stories.filter((e) => isPublic(e.data, now)).map(publicView).sort(newestFirst);
    const pubVideos = videos.filter((e) => isPublic(e.data, now)).map(publicView).sort(newestFirst);
    return {
      stories: pubStories,
      videos: pubVideos,
      contributions: [...pubStories, ...pubVideos].sort(newestFirst),
      campaigns: campaigns.filter((c) => !c.data.draft).sort((a, b) => b.data.starts.getTime() - a.data.starts.getTime()),
      support,
      now,
    };
  })();
  return cached;
}

export { byTheme, byCountry, countriesWithContent, readingTime, translationsOf, relatedStories } from './queries';
