/** One object for site-wide settings (AstroPaper style). */
export const SITE = {
  name: 'Youth Diaspora Voices',
  /** Public URL of the deployed site; override with SITE_URL at build. */
  url: process.env.SITE_URL ?? 'https://voices.example.org',
  /** Stories per listing page. */
  pageSize: 12,
  /** Related stories shown under a story. */
  relatedCount: 3,
  /** Latest entries on the home page: two full rows of four on a desktop. */
  homeLatest: 8,
  /** Videos kept among them, when there are that many (src/lib/queries.ts latestMix). */
  homeMinVideos: 2,
  /** Where the CMS lives. */
  cmsPath: '/admin/',
  /** Source repository, shown in the footer and contribution docs. */
  repository: 'https://github.com/youth-diaspora-voices/site',
} as const;
