/**
 * The site's content, loaded once per build and passed through the
 * publication gate. Pages, feeds, search and share images read from here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTime, isPublic } from '../model/publish';
import { isMinor, monthOf } from '../model/minors';
import { assertIntegrity } from './integrity';
import { byLastChange, linkEvidence, orphanWarning } from './recommendations';
import { loadSupport, type SupportService } from './support';

export type StoryEntry = CollectionEntry<'stories'>;
export type VideoEntry = CollectionEntry<'videos'>;
export type CampaignEntry = CollectionEntry<'campaigns'>;
export type AudioEntry = CollectionEntry<'audio'>;
export type Contribution = StoryEntry | VideoEntry | AudioEntry;
export type SessionEntry = CollectionEntry<'sessions'>;
export type RecommendationEntry = CollectionEntry<'recommendations'>;

export const isVideo = (e: Contribution): e is VideoEntry => e.collection === 'videos';
export const isAudio = (e: Contribution): e is AudioEntry => e.collection === 'audio';

export interface Site {
  stories: StoryEntry[];
  videos: VideoEntry[];
  /** Audio stories (issue 15). */
  audio: AudioEntry[];
  /** Stories, videos and audio, newest first. */
  contributions: Contribution[];
  campaigns: CampaignEntry[];
  /** Public sessions, newest first (upcoming ones included: their date is not a publication date). */
  sessions: SessionEntry[];
  /** Public recommendations, most recently changed first. */
  recommendations: RecommendationEntry[];
  /** Public evidence per recommendation id (curators' order), and the recommendations each public story/video informed ("stories/<id>"). */
  evidence: Map<string, Contribution[]>;
  informed: Map<string, RecommendationEntry[]>;
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
    const [stories, videos, campaigns, supportEntries, sessions, recommendations] = await Promise.all([
      getCollection('stories'),
      getCollection('videos'),
      getCollection('campaigns'),
      getCollection('support'),
      getCollection('sessions'),
      getCollection('recommendations'),
    ]);
    const audio = await getCollection('audio');
    assertIntegrity([...stories, ...videos, ...audio, ...campaigns, ...sessions, ...recommendations]);
    const now = buildTime();
    const support = loadSupport(supportEntries, now);
    const pubStories = stories.filter((e) => isPublic(e.data, now)).map(publicView).sort(newestFirst);
    const pubVideos = videos.filter((e) => isPublic(e.data, now)).map(publicView).sort(newestFirst);
    const pubAudio = audio.filter((e) => isPublic(e.data, now)).map(publicView).sort(newestFirst);
    const contributions = [...pubStories, ...pubVideos, ...pubAudio].sort(newestFirst);
    const pubRecs = recommendations.filter((e) => isPublic(e.data, now)).sort(byLastChange);
    // Evidence is resolved against public contributions only: a withdrawn story vanishes from every recommendation.
    const links = linkEvidence(pubRecs, contributions);
    const warning = orphanWarning(links.orphans);
    if (warning) console.warn(warning);
    return {
      stories: pubStories,
      videos: pubVideos,
      audio: pubAudio,
      contributions,
      sessions: sessions.filter((e) => isPublic(e.data, now)).sort((a, b) => b.data.date.getTime() - a.data.date.getTime()),
      recommendations: pubRecs,
      evidence: links.of,
      informed: links.informed,
      campaigns: campaigns.filter((c) => !c.data.draft).sort((a, b) => b.data.starts.getTime() - a.data.starts.getTime()),
      support,
      now,
    };
  })();
  return cached;
}

export { byTheme, byCountry, countriesWithContent, readingTime, translationsOf, relatedStories } from './queries';
