/**
 * getStaticPaths helpers shared by the routes, and the alternate-language
 * URLs each kind of page announces. Every route gets its locale as a typed
 * prop, so pages read `Astro.props` through InferGetStaticPropsType without casts.
 */
import type { PaginateFunction, Params, Props } from 'astro';
import { SITE } from '../config/site';
import { LOCALES, useTranslations, type Locale } from '../i18n';
import { loadSite } from './entries';
import { entryPath, homeLocale, swapLocale, type ContributionKind } from './paths';

export const localePaths = () => LOCALES.map((locale) => ({ params: { locale }, props: { locale } }));

/**
 * Astro's paginate at SITE.pageSize, for a `[...page]` route: page 1 at the
 * listing's own URL, pages 2… at page/<n>/, as paths.ts makes them (a page
 * number can then never collide with an entry's id). Listings grow with the
 * archive; a page never does.
 */
export function pagedPaths<T, P extends Props, Q extends Params>(paginate: PaginateFunction, items: readonly T[], params: Q, props: P) {
  return paginate(items, { params, props, pageSize: SITE.pageSize }).map((p) => ({
    ...p,
    params: { ...p.params, page: p.params.page ? `page/${p.params.page}` : undefined },
  }));
}

/** A listing's title, with "page n of m" after page 1 (the stories list, themes, countries). */
export function pagedTitle(locale: Locale, title: string, page: { currentPage: number; lastPage: number }) {
  return page.currentPage > 1 ? `${title} – ${useTranslations(locale)('pagination.page', { n: page.currentPage, total: page.lastPage })}` : title;
}

/** For a page that exists in every interface language: its URL in each. */
export const alternatesFor = (pathname: string): Record<Locale, string> =>
  Object.fromEntries(LOCALES.map((l) => [l, swapLocale(pathname, l)])) as Record<Locale, string>;

/** An entry's page in each interface language (the switcher keeps the reader on the same entry). */
export const entryAlternates = (kind: ContributionKind, id: string): Record<Locale, string> =>
  Object.fromEntries(LOCALES.map((l) => [l, entryPath(kind, l, id)])) as Record<Locale, string>;

/** One page per story and interface language. */
export async function storyPaths() {
  const { stories } = await loadSite();
  return stories.flatMap((story) => LOCALES.map((locale) => ({ params: { locale, id: story.id }, props: { locale, story } })));
}

/** One page per video and interface language. */
export async function videoPaths() {
  const { videos } = await loadSite();
  return videos.flatMap((video) => LOCALES.map((locale) => ({ params: { locale, id: video.id }, props: { locale, video } })));
}

/** One page per audio story and interface language (issue 15). */
export async function audioPaths() {
  const { audio } = await loadSite();
  return audio.flatMap((entry) => LOCALES.map((locale) => ({ params: { locale, id: entry.id }, props: { locale, audio: entry } })));
}

/** The old language-less entry URLs, kept as redirects to the entry's home-language page. */
export async function legacyEntryPaths(kind: ContributionKind) {
  const site = await loadSite();
  return site[kind].map((entry) => ({ params: { id: entry.id }, props: { target: entryPath(kind, homeLocale(entry), entry.id) } }));
}

/** What an entry page in `locale` declares: its canonical (the home-language version) and its alternates. */
export function entryHead(kind: ContributionKind, entry: { id: string; data: { language: string } }) {
  const home = homeLocale(entry);
  return { home, canonical: entryPath(kind, home, entry.id), alternates: entryAlternates(kind, entry.id) };
}
