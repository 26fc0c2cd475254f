/**
 * A campaign or call for stories, written by the communications team. Every
 * reader-facing text is localized; English is required, fr/es fall back to it.
 */
import { date, flag, picture, ref, text, themes, z, type ImageFn } from './fields';
import { fieldMeta } from './meta';
import type { Locale } from './taxonomy';

/** A value with a required English version and optional fr/es versions. */
export const localized = <T extends z.ZodType>(value: T) =>
  z.strictObject(
    { en: value, fr: value.optional(), es: value.optional() },
    { error: 'Write this as en/fr/es versions, e.g. { en: "…", fr: "…", es: "…" }; en is required.' },
  ).register(fieldMeta, { kind: 'localized' });

export type LocalizedValue<T> = { en: T; fr?: T; es?: T };

/** The value for `locale`, and whether it fell back to English. */
export function pick<T>(value: LocalizedValue<T>, locale: Locale): { value: T; fallback: boolean } {
  const own = value[locale];
  return own === undefined ? { value: value.en, fallback: locale !== 'en' } : { value: own, fallback: false };
}

const featuredItem = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('story'), story: ref('stories') }),
    z.strictObject({ type: z.literal('video'), video: ref('videos') }),
  ],
  { error: 'Each featured item is { type: story, story: <slug> } or { type: video, video: <slug> }.' },
);

export const campaignSchema = (image: ImageFn) =>
  z
    .strictObject({
      title: localized(text(120, 'title')),
      summary: localized(text(300, 'summary')),
      description: localized(text(3000, 'description')).optional(),
      questions: localized(z.array(text(200, 'question')).min(1, { error: 'Ask contributors at least one question.' })),
      themes: themes(),
      starts: date(),
      ends: date(),
      hashtag: z
        .string()
        .regex(/^#[\p{L}\p{N}_]+$/u, { error: (i) => `"${String(i.input)}" is not a hashtag. Start with # and use letters, digits or _ only, e.g. "#DiasporaVoices" (in quotes).` })
        .register(fieldMeta, { kind: 'text' }),
      hero: picture(image, localized(text(250, 'alt text'))),
      featured: z.array(featuredItem).register(fieldMeta, { kind: 'list' }).default([]),
      draft: flag(false),
    })
    .superRefine((c, ctx) => {
      if (c.ends.getTime() < c.starts.getTime())
        ctx.addIssue({ code: 'custom', path: ['ends'], message: 'The campaign ends before it starts: make ends on or after starts.' });
    });

export type CampaignData = z.output<ReturnType<typeof campaignSchema>>;

export type CampaignStatus = 'upcoming' | 'open' | 'closed';

/** Status from dates: open from the first moment of `starts` to the last moment of `ends` (UTC days). */
export function campaignStatus(c: { starts: Date; ends: Date }, now: Date): CampaignStatus {
  const DAY = 86_400_000;
  if (now.getTime() < c.starts.getTime()) return 'upcoming';
  if (now.getTime() >= c.ends.getTime() + DAY) return 'closed';
  return 'open';
}
