/**
 * The podcast feed's parts (issue 15): what Apple Podcasts, Spotify and
 * Podcasting 2.0 apps read beyond plain RSS (itunes:* and podcast:* tags).
 * Episodes are the public audio stories from loadSite(); enclosure lengths
 * are the scrubbed files' exact sizes (src/lib/audio.ts).
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { SITE } from '../config/site';
import { useTranslations, type Locale } from '../i18n';
import { durationSeconds } from '../model/video';
import type { AudioEntry } from './entries';
import { publishedAudio } from './audio';
import { ATOM_NS, DC_NS, newest, rssItems } from './feeds';
import { paths } from './paths';

export const PODCAST_NS = {
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  podcast: 'https://podcastindex.org/namespace/1.0',
  atom: ATOM_NS,
  dc: DC_NS,
};

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** Apple's category list: society and culture, with health for the themes. */
const CATEGORIES = '<itunes:category text="Society &amp; Culture"><itunes:category text="Documentary"/></itunes:category><itunes:category text="Health &amp; Fitness"/>';

export function podcastChannel(locale: Locale, site: URL) {
  const t = useTranslations(locale);
  const art = new URL(paths.podcastArt(), site).href;
  const self = new URL(paths.podcast(locale), site).href;
  return {
    title: t('podcast.title'),
    description: t('podcast.description'),
    customData:
      `<language>${locale}</language>` +
      `<atom:link href="${xml(self)}" rel="self" type="application/rss+xml"/>` +
      `<itunes:author>${xml(SITE.name)}</itunes:author>` +
      `<itunes:image href="${xml(art)}"/>` +
      `<image><url>${xml(art)}</url><title>${xml(t('podcast.title'))}</title><link>${xml(new URL(paths.audios(locale), site).href)}</link></image>` +
      `<itunes:explicit>false</itunes:explicit>` +
      `<itunes:type>episodic</itunes:type>` +
      CATEGORIES +
      `<podcast:locked>no</podcast:locked>`,
  };
}

/**
 * Episodes: the site's RSS items (title, link, summary, categories, enclosure) plus duration and transcript.
 * Every episode, newest first, unlike the capped feeds (SITE.feedSize): podcast apps build their back catalogue from the feed.
 */
export function podcastItems(entries: readonly AudioEntry[], locale: Locale, site: URL): RSSFeedItem[] {
  const episodes = newest(entries, (e) => e.data.published, Infinity);
  const base = rssItems(episodes, locale, site, Infinity);
  return episodes.map((e, i) => {
    const file = publishedAudio(e);
    const transcript = new URL(paths.audioTranscript(e.id), site).href;
    return {
      ...base[i]!,
      enclosure: { url: new URL(file.url, site).href, length: file.size, type: file.type },
      customData:
        (base[i]!.customData ?? '') +
        `<itunes:duration>${durationSeconds(e.data.duration)}</itunes:duration>` +
        `<itunes:explicit>false</itunes:explicit>` +
        `<itunes:episodeType>full</itunes:episodeType>` +
        `<podcast:transcript url="${xml(transcript)}" type="text/plain" language="${xml(e.data.language)}"/>`,
    };
  });
}
