/**
 * One URL per page template of the built site, for browser tests that must
 * cover every kind of page (privacy, accessibility). Entry pages are picked
 * from the real content, so the tests follow the content as it changes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DIST, ROOT } from './build';
import { interfaceLocaleFor } from '../../src/model/taxonomy';
import type { Locale } from '../../src/i18n';

export interface Template { name: string; path: string }

interface Entry { id: string; locale: Locale; provider?: string }

/** Entries of a kind that have a page in dist, with their interface language. */
export function builtEntries(kind: 'stories' | 'videos' | 'audio'): Entry[] {
  const dir = join(ROOT, 'content', kind);
  return readdirSync(dir)
    .filter((id) => existsSync(join(dir, id, 'index.md')))
    .map((id) => {
      const data = parseYaml(readFileSync(join(dir, id, 'index.md'), 'utf8').split(/^---$/m)[1]!);
      return { id, locale: interfaceLocaleFor(String(data.language)), provider: data.video?.provider };
    })
    .filter((e) => existsSync(join(DIST, e.locale, kind, e.id, 'index.html')));
}

const firstDir = (path: string) => readdirSync(join(DIST, path), { withFileTypes: true }).find((d) => d.isDirectory())?.name;

/** Entry folders under a per-locale listing (not the static filter pages of recommendations). */
const entryDirs = (path: string) =>
  readdirSync(join(DIST, path), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !['all', 'health', 'gender', 'climate'].includes(d.name))
    .map((d) => d.name)
    .sort();

/** Words that find something in each interface language's search index. */
export const SEARCH_WORD: Record<Locale, string> = { en: 'climate', fr: 'climat', es: 'clima' };

/** The pages of one interface language, one per template (entry pages: one whose interface is that language). */
export function templates(locale: Locale): Template[] {
  const stories = builtEntries('stories');
  // A story with the support box (issue 12) when the language has one, so the box is checked in every language.
  const inLocale = stories.filter((s) => s.locale === locale);
  const story = inLocale.find((s) => readFileSync(join(DIST, locale, 'stories', s.id, 'index.html'), 'utf8').includes('data-support-box')) ?? inLocale[0];
  if (!story) throw new Error(`No built story has the ${locale} interface: add one, or pick another page for this test.`);
  // A story whose text is in another language, read in this interface (the reader who stays in their language).
  const foreign = stories.find((s) => s.locale !== locale)!;
  const video = builtEntries('videos')[0]!;
  const audio = builtEntries('audio')[0]!;
  const country = firstDir(`${locale}/countries`);
  // A theme's page 2 when the content fills more than one page (SITE.pageSize): it has no recommendations section.
  const pagedTheme = ['health', 'gender', 'climate'].find((t) => existsSync(join(DIST, locale, 'themes', t, 'page', '2', 'index.html')));
  const campaign = firstDir(`${locale}/campaigns`);
  return [
    { name: 'home', path: `/${locale}/` },
    { name: 'stories list', path: `/${locale}/stories/` },
    { name: 'stories list, page 2', path: `/${locale}/stories/page/2/` },
    { name: 'story', path: `/${locale}/stories/${story.id}/` },
    { name: 'story (other language)', path: `/${locale}/stories/${foreign.id}/` },
    { name: 'video', path: `/${locale}/videos/${video.id}/` },
    { name: 'videos list', path: `/${locale}/videos/` },
    { name: 'audio', path: `/${locale}/audio/${audio.id}/` },
    { name: 'audio list', path: `/${locale}/audio/` },
    { name: 'themes', path: `/${locale}/themes/` },
    { name: 'theme', path: `/${locale}/themes/health/` },
    ...(pagedTheme ? [{ name: 'theme, page 2', path: `/${locale}/themes/${pagedTheme}/page/2/` }] : []),
    { name: 'countries', path: `/${locale}/countries/` },
    { name: 'country', path: `/${locale}/countries/${country}/` },
    { name: 'campaigns', path: `/${locale}/campaigns/` },
    { name: 'campaign', path: `/${locale}/campaigns/${campaign}/` },
    { name: 'recommendations', path: `/${locale}/recommendations/` },
    { name: 'recommendations filtered', path: `/${locale}/recommendations/gender/all/` },
    ...entryDirs(`${locale}/recommendations`).map((id) => ({ name: `recommendation ${id}`, path: `/${locale}/recommendations/${id}/` })).slice(0, 2),
    { name: 'sessions', path: `/${locale}/sessions/` },
    // Every session: held (counts, recommendations, recording) and upcoming look different.
    ...entryDirs(`${locale}/sessions`).map((id) => ({ name: `session ${id}`, path: `/${locale}/sessions/${id}/` })),
    { name: 'share', path: `/${locale}/share/` },
    { name: 'about', path: `/${locale}/about/` },
    { name: 'privacy', path: `/${locale}/privacy/` },
    { name: 'journeys', path: `/${locale}/journeys/` },
    { name: 'numbers', path: `/${locale}/numbers/` },
    { name: 'support', path: `/${locale}/support/` },
    { name: 'search', path: `/${locale}/search/?q=${SEARCH_WORD[locale]}` },
    { name: '404', path: `/${locale}/no-such-page/` },
  ];
}

/** One video page per player: the YouTube and Vimeo facades and the self-hosted player. */
export function videoTemplates(): (Template & { provider: string })[] {
  const videos = builtEntries('videos');
  return ['youtube', 'vimeo', 'self'].map((provider) => {
    const v = videos.find((e) => e.provider === provider);
    if (!v) throw new Error(`No built ${provider} video to test.`);
    return { name: `video (${provider})`, path: `/${v.locale}/videos/${v.id}/`, provider };
  });
}
