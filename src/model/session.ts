/**
 * A session of the diaspora policy alliance in which young people took part.
 * Its status (upcoming / held) derives from its dates; participation is
 * counts only, never names.
 */
import { count, country, date, flag, picture, ref, text, themes, z, type ImageFn } from './fields';
import { localized } from './campaign';
import { fieldMeta } from './meta';
import { AGE_GROUPS, SESSION_FORMATS } from './taxonomy';

const participation = z.strictObject(
  {
    total: count('young participants'),
    byAgeGroup: z
      .strictObject(Object.fromEntries(AGE_GROUPS.map((g) => [g, count(`participants aged ${g}`).optional()])) as Record<(typeof AGE_GROUPS)[number], z.ZodOptional<ReturnType<typeof count>>>, {
        error: `List counts by age group as { ${AGE_GROUPS.map((g) => `"${g}": 3`).join(', ')} } (any of them).`,
      })
      .optional(),
  },
  {
    error: (i) =>
      i.code === 'unrecognized_keys'
        ? `participation holds counts only (total, byAgeGroup); remove ${i.keys.join(', ')}: names and contact details of participants are never stored.`
        : 'Give participation as { total: 24 } (counts only, no names).',
  },
);

export const sessionSchema = (image: ImageFn) =>
  z
    .strictObject({
      title: localized(text(120, 'title')),
      summary: localized(text(300, 'summary')),
      description: localized(text(3000, 'description')).optional(),
      date: date(),
      ends: date().optional(),
      format: z
        .enum(SESSION_FORMATS, { error: (i) => `"${String(i.input)}" is not a session format. Use one of: ${SESSION_FORMATS.join(', ')}.` })
        .register(fieldMeta, { kind: 'choice', list: 'sessionFormats' }),
      place: z
        .strictObject({ city: text(80, 'city'), country: country() }, { error: 'Write the place as { city: "Tbilisi", country: GE }.' })
        .optional(),
      host: text(120, 'host organisation'),
      themes: themes(),
      participation,
      recording: ref('videos').optional(),
      photo: picture(image, localized(text(250, 'alt text'))).optional(),
      draft: flag(false),
    })
    .superRefine((s, ctx) => {
      if (s.ends && s.ends.getTime() < s.date.getTime())
        ctx.addIssue({ code: 'custom', path: ['ends'], message: 'The session ends before it starts: make ends on or after date.' });
      if (s.format !== 'online' && !s.place)
        ctx.addIssue({ code: 'custom', path: ['place'], message: `An ${s.format} session needs a place: add place: { city: "…", country: XX }.` });
      const byAge = Object.values(s.participation.byAgeGroup ?? {}).reduce<number>((a, n) => a + (n ?? 0), 0);
      if (byAge > s.participation.total)
        ctx.addIssue({
          code: 'custom',
          path: ['participation', 'byAgeGroup'],
          message: `The age-group counts add up to ${byAge}, more than the total (${s.participation.total}). Correct the counts or the total.`,
        });
    });

export type SessionStatus = 'upcoming' | 'held';

/** Held from the first moment of its (first) day; upcoming before. */
export function sessionStatus(s: { date: Date }, now: Date): SessionStatus {
  return now.getTime() >= s.date.getTime() ? 'held' : 'upcoming';
}
