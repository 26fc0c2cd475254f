/** '/', 'voices', '/voices' and '/voices/' all mean the same: '/voices/'. */
export function normalizeBase(path: string | undefined): string {
  const trimmed = (path ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Where the site is published, from SITE_URL and BASE_PATH (empty values count
 * as unset, as CI variables often are). SITE_URL may carry the path itself
 * (https://owner.github.io/repo): it then gives the base path too.
 */
export function publicAddress(env: Record<string, string | undefined> = process.env): { url: string; base: string } {
  const given = new URL(env.SITE_URL?.trim() || 'https://voices.example.org');
  return { url: given.origin, base: normalizeBase(env.BASE_PATH?.trim() || given.pathname) };
}
const ADDRESS = publicAddress();

/** One object for site-wide settings (AstroPaper style). */
export const SITE = {
  name: 'Youth Diaspora Voices',
  /** Origin of the deployed site (scheme and host); SITE_URL at build. */
  url: ADDRESS.url,
  /** Path the site lives under, with slashes at both ends ('/voices/'); BASE_PATH, or the path of SITE_URL. */
  base: ADDRESS.base,
  /** Stories per listing page (stories list, theme and country pages). */
  pageSize: 12,
  /**
   * Items per feed (RSS per language and theme, JSON Feed, recommendations): the newest only.
   * Feed readers poll feeds again and again, so a feed carrying the whole archive costs every
   * subscriber megabytes per poll; the full archive lives on the site and in the sitemap.
   * The podcast is not capped: podcast apps expect every episode (src/lib/podcast.ts).
   */
  feedSize: 50,
  /** Related stories shown under a story. */
  relatedCount: 3,
  /** Latest entries on the home page: two full rows of four on a desktop. */
  homeLatest: 8,
  /** Videos kept among them, when there are that many (src/lib/queries.ts latestMix). */
  homeMinVideos: 2,
  /** At least this many audio stories among them (issue 15). */
  homeMinAudio: 1,
  /** Where the CMS lives. */
  cmsPath: '/admin/',
  /** Source repository, shown in the footer and contribution docs; SITE_REPOSITORY at build (the deploy workflows set it to the fork). */
  repository: process.env.SITE_REPOSITORY?.trim() || 'https://github.com/youth-diaspora-voices/site',
  /**
   * Who runs the site and who reads safeguarding reports (issue 12): shown on
   * the about, share and privacy pages and in the footer. Each deployment sets
   * its own with YDV_ORG_NAME, YDV_ORG_URL, YDV_SAFEGUARDING_NAME and
   * YDV_SAFEGUARDING_EMAIL. The defaults are samples on example.org.
   */
  organisation: {
    name: process.env.YDV_ORG_NAME ?? 'Example Diaspora Youth Network',
    url: process.env.YDV_ORG_URL ?? 'https://example.org/',
  },
  safeguarding: {
    /** A role, not a person's private address: the one contact address the site publishes. */
    name: {
      en: process.env.YDV_SAFEGUARDING_NAME ?? 'the safeguarding lead',
      fr: process.env.YDV_SAFEGUARDING_NAME ?? 'la personne référente protection',
      es: process.env.YDV_SAFEGUARDING_NAME ?? 'la persona responsable de protección',
    },
    email: process.env.YDV_SAFEGUARDING_EMAIL ?? 'safeguarding@example.org',
    /** The promise the pages make: every report and take-down request is read within this many working days. */
    replyWorkingDays: 2,
  },
} as const;
