/**
 * Protection for authors under 18 (issue 12): nothing that identifies them
 * beyond a first name or a pseudonym, a guardian's consent confirmed by the
 * team, and no public date more precise than the month. Pure functions, used
 * by the schema (build and CMS save check) and by the public outputs.
 */
import type { z } from 'astro/zod';

export const isMinor = (data: { author: { ageGroup: string } }): boolean => data.author.ageGroup === 'under-18';

interface MinorShape {
  author: { name: string; pseudonym?: boolean; ageGroup: string };
  summary: string;
  draft?: boolean;
  withdrawn?: boolean;
  published: Date;
  guardianConfirmation?: { date: Date };
  cover?: { alt: string };
  poster?: { alt: string };
}

/** Whole-word, case-insensitive: "Mere" is in "Mere's team" but not in "Meredith". */
export function mentions(text: string, name: string): boolean {
  const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (!escaped) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

export const wordCount = (name: string) => name.trim().split(/\s+/).filter(Boolean).length;

/** The rules an under-18 entry must meet; adds one issue per broken rule, on the field to fix. */
export function checkMinor(data: MinorShape, ctx: z.RefinementCtx) {
  if (!isMinor(data)) return;
  const name = data.author.name;
  if (wordCount(name) > 1 && !data.author.pseudonym)
    ctx.addIssue({
      code: 'custom',
      path: ['author', 'name'],
      message: `The author is under 18, so only a first name or a pseudonym may be shown; "${name}" has more than one word. Keep the first name only, or, if it is a made-up name, set author.pseudonym: true.`,
    });
  if (mentions(data.summary, name))
    ctx.addIssue({
      code: 'custom',
      path: ['summary'],
      message: `The author is under 18 and the summary repeats their name "${name}", which helps identify them. Rewrite the summary without the name.`,
    });
  for (const field of ['cover', 'poster'] as const) {
    const alt = data[field]?.alt;
    if (alt && mentions(alt, name))
      ctx.addIssue({
        code: 'custom',
        path: [field, 'alt'],
        message: `The author is under 18 and the ${field} description repeats their name "${name}". Describe the image without naming them.`,
      });
  }
  // Drafts and withdrawn entries are never published, so they may wait for the team's confirmation.
  if (!data.draft && !data.withdrawn && !data.guardianConfirmation)
    ctx.addIssue({
      code: 'custom',
      path: ['guardianConfirmation'],
      message:
        'The author is under 18: their answer "my parent or guardian agrees" is only a request. Before publication a team member confirms the guardian\'s consent and records it: guardianConfirmation: { by: "<team member>", method: signed-form-offline, date: YYYY-MM-DD } (never the guardian\'s contact details). Until then keep draft: true.',
    });
  if (data.guardianConfirmation && data.guardianConfirmation.date.getTime() > data.published.getTime())
    ctx.addIssue({
      code: 'custom',
      path: ['guardianConfirmation', 'date'],
      message: "The guardian's consent was confirmed after the publication date. Confirmation comes first: correct guardianConfirmation.date or move published later.",
    });
}

/** The first day of the date's month (UTC): the most precise public date of an under-18 entry. */
export const monthOf = (date: Date): Date => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));

export type DatePrecision = 'day' | 'month';

export const datePrecision = (data: { author: { ageGroup: string } }): DatePrecision => (isMinor(data) ? 'month' : 'day');

/** The date for a machine-readable attribute (`<time datetime>`, search metadata): "2026-02" or "2026-02-27". */
export const isoPublicDate = (date: Date, precision: DatePrecision): string => date.toISOString().slice(0, precision === 'month' ? 7 : 10);
