/**
 * JSON Feed 1.1 of the newest public stories, videos and audio (SITE.feedSize), for partner syndication:
 * licence, author display name, language, themes, countries and an
 * optimised image (never the original file) on each item.
 */
import type { APIRoute, ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { imageMeta } from '../lib/images';
import { SITE } from '../config/site';
import { useTranslations } from '../i18n';
import { loadSite, type Contribution } from '../lib/entries';
import { JSON_FEED_VERSION, jsonFeedItems, jsonFeedRecommendation, newestRecommendations } from '../lib/feeds';
import { paths } from '../lib/paths';

// Same settings as Cover's largest size, so no extra encoding is needed.
async function imageUrl(e: Contribution, site: URL) {
  const picture = e.collection === 'videos' ? e.data.poster : e.data.cover;
  if (!picture) return undefined;
  // The schema types image() loosely; at run time it is ImageMetadata.
  const src = picture.src as ImageMetadata;
  const img = await getImage({ src, width: Math.min(1280, imageMeta(src).width), format: 'webp', quality: 70 });
  return new URL(img.src, site).href;
}

export const GET: APIRoute = async ({ site }) => {
  const { contributions, recommendations, evidence } = await loadSite();
  const feed = {
    version: JSON_FEED_VERSION,
    title: SITE.name,
    description: useTranslations('en')('meta.home'),
    home_page_url: new URL(paths.home('en'), site).href,
    feed_url: new URL(paths.jsonFeed(), site).href,
    items: [
      ...(await jsonFeedItems(contributions, site!, (e) => imageUrl(e, site!))),
      ...newestRecommendations(recommendations).map((r) => jsonFeedRecommendation(r, evidence.get(r.id) ?? [], site!)),
    ],
  };
  return new Response(JSON.stringify(feed, null, 1), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
