/**
 * Feed items for RSS (per interface language, per theme) and the JSON Feed
 * for partners. Callers pass entries from loadSite(), so only public content
 * can appear. Text is plain (from the Markdown source), never raw HTML.
 */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RSSFeedItem } from '@astrojs/rss';
import { SITE } from '../config/site';
import { countryName, useTranslations, type Locale } from '../i18n';
import { durationSeconds } from '../model/video';
import { datePrecision } from '../model/minors';
import { LICENCES, RECOMMENDATION_STATUSES, THEMES, type LicenceId, type ThemeId } from '../model/taxonomy';
import { pick } from '../model/campaign';
import { currentStatus, lastChanged, type RecommendationData } from '../model/recommendation';
import type { AudioEntry, Contribution, VideoEntry } from './entries';
import { publishedAudio } from './audio';
import { entryPath, homeLocale, paths } from './paths';
import { paragraphs, plainText } from './text';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';
export const DC_NS = 'http://purl.org/dc/elements/1.1/';
export const ATOM_NS = 'http://www.w3.org/2005/Atom';

// Named entities only: @astrojs/rss re-parses customData and would double-escape numeric ones.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
const isVideo = (e: Contribution): e is VideoEntry => e.collection === 'videos';
const isAudio = (e: Contribution): e is AudioEntry => e.collection === 'audio';
/** In a feed of one interface language, entries link to their page in that language; the JSON Feed links to the canonical page. */
const pageOf = (e: Contribution, locale: Locale = homeLocale(e)) => entryPath(e.collection, locale, e.id);

/** The self-hosted clip of a video, with its size, for enclosures and attachments. */
function clipOf(e: Contribution) {
  if (isAudio(e)) return publishedAudio(e);
  if (!isVideo(e) || e.data.video.provider !== 'self' || !e.data.video.file || !e.filePath) return undefined;
  const file = e.data.video.file;
  return {
    url: paths.media('videos', e.id, file),
    type: file.endsWith('.webm') ? 'video/webm' : 'video/mp4',
    size: statSync(join(dirname(e.filePath), file)).size,
  };
}

const textOf = (e: Contribution) => plainText(e.body ?? '');

/**
 * What a feed carries: the newest `limit` items, newest first (SITE.feedSize says why).
 * Every feed builder below goes through here, so no feed can grow with the archive.
 */
export function newest<T>(items: readonly T[], dateOf: (item: T) => Date, limit: number = SITE.feedSize): T[] {
  return [...items].sort((a, b) => dateOf(b).getTime() - dateOf(a).getTime()).slice(0, Math.max(0, limit));
}
const published = (e: Contribution) => e.data.published;

/** RSS items in one interface language: categories are theme and country names in that language. */
export function rssItems(entries: readonly Contribution[], locale: Locale, site: URL, limit: number = SITE.feedSize): RSSFeedItem[] {
  const t = useTranslations(locale);
  return newest(entries, published, limit).map((e) => {
    const d = e.data;
    const clip = clipOf(e);
    const kind = isVideo(e) ? t('card.video') : isAudio(e) ? t('card.audio') : t('card.story');
    return {
      title: d.title,
      link: new URL(pageOf(e, locale), site).href,
      pubDate: d.published,
      // Readers render an RSS description as HTML: escape the plain summary for HTML (@astrojs/rss escapes it again for XML).
      description: xml(d.summary),
      content: paragraphs(textOf(e)).map((p) => `<p>${xml(p)}</p>`).join(''),
      categories: [kind, ...d.themes.map((id) => THEMES[id].label[locale]), ...d.originCountries.map((c) => countryName(c, locale))],
      customData: `<dc:creator>${xml(d.author.name)}</dc:creator><dc:language>${xml(d.language)}</dc:language><dc:rights>${xml(licenceOf(d.licence).name)}</dc:rights>`,
      ...(clip ? { enclosure: { url: new URL(clip.url, site).href, length: clip.size, type: clip.type } } : {}),
    };
  });
}

/** Channel-level extras: language and the feed's own address (atom:link rel=self). */
export const rssChannelData = (locale: Locale, selfUrl: string) =>
  `<language>${locale}</language><atom:link href="${xml(selfUrl)}" rel="self" type="application/rss+xml"/>`;

export const rssTitle = (locale: Locale, theme?: ThemeId) => {
  const t = useTranslations(locale);
  return theme ? t('feed.theme.title', { site: SITE.name, theme: THEMES[theme].label[locale] }) : t('feed.title', { site: SITE.name });
};

const licenceOf = (id: string) => {
  const l = LICENCES[id as LicenceId];
  return { id, name: l.name === '©' ? 'All rights reserved' : l.name, url: l.url ?? null };
};

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_text: string;
  image?: string;
  date_published: string;
  authors: { name: string }[];
  language: string;
  tags: string[];
  attachments?: { url: string; mime_type: string; size_in_bytes: number; duration_in_seconds?: number }[];
  _ydv: {
    about: string;
    type: 'story' | 'video' | 'audio';
    /** "month" when only the month of date_published is real (authors under 18). */
    date_precision: 'day' | 'month';
    licence: { id: string; name: string; url: string | null };
    themes: ThemeId[];
    countries: string[];
    residence_country?: string;
    campaign?: string;
    translation_of?: string;
    duration_seconds?: number;
    captions?: string[];
  };
}

/**
 * One JSON Feed 1.1 item. `image` is the absolute URL of the optimised
 * cover/poster (made by the caller with astro:assets: never the original file).
 */
export function jsonFeedItem(e: Contribution, site: URL, image?: string): JsonFeedItem {
  const d = e.data;
  const url = new URL(pageOf(e), site).href;
  const clip = clipOf(e);
  const video = isVideo(e) ? e : undefined;
  const timed = isVideo(e) || isAudio(e) ? e : undefined;
  return {
    // The id stays the entry's first, language-less address (now a redirect), so partners' readers never see an item twice.
    id: new URL(paths.legacyEntry(e.collection, e.id), site).href,
    url,
    title: d.title,
    summary: d.summary,
    content_text: textOf(e),
    ...(image ? { image } : {}),
    // Under 18: the first of the month stands in for the date (the format needs a full date).
    date_published: d.published.toISOString(),
    authors: [{ name: d.author.name }],
    language: d.language,
    tags: [...d.themes],
    ...(clip ? { attachments: [{ url: new URL(clip.url, site).href, mime_type: clip.type, size_in_bytes: clip.size, duration_in_seconds: durationSeconds(timed!.data.duration) }] } : {}),
    _ydv: {
      about: new URL(paths.about('en'), site).href,
      type: video ? 'video' : timed ? 'audio' : 'story',
      date_precision: datePrecision(d),
      licence: licenceOf(d.licence),
      themes: [...d.themes],
      countries: [...d.originCountries],
      ...(d.residenceCountry ? { residence_country: d.residenceCountry } : {}),
      ...(d.campaign ? { campaign: d.campaign } : {}),
      ...('translationOf' in d && d.translationOf ? { translation_of: new URL(paths.legacyEntry('stories', d.translationOf), site).href } : {}),
      ...(video ? { duration_seconds: durationSeconds(video.data.duration), captions: video.data.captions.map((c) => c.lang) } : {}),
      ...(timed && !video ? { duration_seconds: durationSeconds(timed.data.duration), captions: (timed.data.captions ?? []).map((c) => c.lang) } : {}),
    },
  };
}

/** The JSON Feed's contribution items, newest first and capped like the RSS; `imageOf` gives an item's optimised image URL (astro:assets, in the route). */
export async function jsonFeedItems(
  entries: readonly Contribution[],
  site: URL,
  imageOf: (e: Contribution) => Promise<string | undefined>,
  limit: number = SITE.feedSize,
): Promise<JsonFeedItem[]> {
  return Promise.all(newest(entries, published, limit).map(async (e) => jsonFeedItem(e, site, await imageOf(e))));
}

// --- Recommendations (issue 11) ---

interface RecommendationLike {
  id: string;
  data: RecommendationData;
}

/** Status steps as plain text lines: "2026-07-30 Endorsed by the alliance — https://…". */
const stepsText = (r: RecommendationLike, locale: Locale) =>
  r.data.statusHistory.map((s) => `${s.date.toISOString().slice(0, 10)} ${RECOMMENDATION_STATUSES[s.status][locale]}${s.link ? ` — ${s.link}` : ''}`);

/** The recommendations a feed carries: the most recently changed, capped like every feed. */
export const newestRecommendations = <R extends RecommendationLike>(recs: readonly R[], limit: number = SITE.feedSize) => newest(recs, (r) => lastChanged(r.data), limit);

/** RSS items: pubDate is the last change and the title carries the status, so a status change reads as an update (same guid, new date). */
export function recommendationRssItems(recs: readonly RecommendationLike[], locale: Locale, site: URL, limit: number = SITE.feedSize): RSSFeedItem[] {
  return newestRecommendations(recs, limit).map((r) => {
    const d = r.data;
    const title = pick(d.title, locale).value;
    const text = plainText(pick(d.text, locale).value);
    const changed = lastChanged(d);
    const link = new URL(paths.recommendation(locale, r.id), site).href;
    return {
      title: `${title} (${RECOMMENDATION_STATUSES[currentStatus(d)][locale]})`,
      link,
      pubDate: changed,
      description: xml(paragraphs(text)[0] ?? ''),
      content: [...paragraphs(text), ...stepsText(r, locale)].map((p) => `<p>${xml(p)}</p>`).join(''),
      categories: [THEMES[d.theme].label[locale], RECOMMENDATION_STATUSES[currentStatus(d)][locale]],
    };
  });
}

export interface JsonFeedRecommendation {
  id: string;
  url: string;
  title: string;
  content_text: string;
  date_published: string;
  date_modified: string;
  language: 'en';
  tags: string[];
  _ydv: {
    type: 'recommendation';
    theme: ThemeId;
    status: string;
    addressees: string[];
    status_history: { status: string; date: string; document?: string }[];
    /** Public evidence only, in the curators' order. */
    evidence: string[];
    drafted_by: number;
  };
}

/** A recommendation in the JSON Feed (English text; evidence as absolute URLs of public entries only). */
export function jsonFeedRecommendation(r: RecommendationLike, evidence: Contribution[], site: URL): JsonFeedRecommendation {
  const d = r.data;
  const url = new URL(paths.recommendation('en', r.id), site).href;
  return {
    id: url,
    url,
    title: d.title.en,
    content_text: plainText(d.text.en),
    date_published: d.published.toISOString(),
    date_modified: lastChanged(d).toISOString(),
    language: 'en',
    tags: [d.theme, currentStatus(d)],
    _ydv: {
      type: 'recommendation',
      theme: d.theme,
      status: currentStatus(d),
      addressees: [...d.addressees],
      status_history: d.statusHistory.map((s) => ({ status: s.status, date: s.date.toISOString().slice(0, 10), ...(s.link ? { document: s.link } : {}) })),
      evidence: evidence.map((e) => new URL(pageOf(e), site).href),
      drafted_by: d.credit.draftedBy,
    },
  };
}
