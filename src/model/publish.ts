/**
 * The one publication gate. Every page, listing, feed, sitemap entry, search
 * record and share image is built from entries that pass it; nothing else
 * filters by itself, so a new output cannot forget a case.
 */
export interface Gated {
  draft?: boolean;
  withdrawn?: boolean;
  published?: Date;
  consent?: { publication: boolean; guardian?: boolean };
  author?: { ageGroup: string };
  guardianConfirmation?: unknown;
}

export type Exclusion = 'draft' | 'withdrawn' | 'future' | 'no-consent' | 'no-guardian-consent' | 'no-guardian-confirmation';

/** Why an entry is not public, or null when it is. */
export function exclusionReason(data: Gated, now: Date): Exclusion | null {
  if (data.draft) return 'draft';
  if (data.withdrawn) return 'withdrawn';
  if (data.published && data.published.getTime() > now.getTime()) return 'future';
  // The schema already refuses these; the gate checks again so a bypass cannot publish.
  if (data.consent && data.consent.publication !== true) return 'no-consent';
  if (data.author?.ageGroup === 'under-18' && data.consent?.guardian !== true) return 'no-guardian-consent';
  // An under-18 author's own answer is a request; the team's confirmation is what publishes.
  if (data.author?.ageGroup === 'under-18' && !data.guardianConfirmation) return 'no-guardian-confirmation';
  return null;
}

export const isPublic = (data: Gated, now: Date): boolean => exclusionReason(data, now) === null;

/** The moment the site is built; tests may pin it with YDV_NOW=YYYY-MM-DD. */
export const buildTime = (): Date => (process.env.YDV_NOW ? new Date(process.env.YDV_NOW) : new Date());
