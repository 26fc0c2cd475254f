/**
 * A campaign or call for stories, written by the communications team. Every
 * reader-facing text is localized; English is required, fr/es fall back to it.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n';
import { date, flag, picture, ref, text, themes, z, type ImageFn } from './fields';
import { fieldMeta } from './meta';

type Default = typeof DEFAULT_LOCALE;
const example = LOCALES.map((l) => `${l}: "…"`).join(', ');

/** A value with a required English version and optional versions in the other interface languages. */
export const localized = <T extends z.ZodType>(value: T) =>
  z
    .strictObject(
      Object.fromEntries(LOCALES.map((l) => [l, l === DEFAULT_LOCALE ? value : value.optional()])) as { [L in Locale]: L extends Default ? T : z.ZodOptional<T> },
      { error: `Write this as ${LOCALES.join('/')} versions, e.g. { ${example} }; ${DEFAULT_LOCALE} is required.` },
    )
    .register(fieldMeta, { kind: 'localized' });

export type LocalizedValue<T> = { [L in Default]: T } & Partial<Record<Locale, T>>;

/** The value for `locale`, and whether it fell back to English. */
export function pick<T>(value: LocalizedValue<T>, locale: Locale): { value: T; fallback: boolean } {
  const own = value[locale];
  return own === undefined ? { value: value[DEFAULT_LOCALE], fallback: locale !== DEFAULT_LOCALE } : { value: own, fallback: false };
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


export type CampaignStatus = 'upcoming' | 'open' | 'closed';

/** Status from dates: open from the first moment of `starts` to the last moment of `ends` (UTC days). */
export function campaignStatus(c: { starts: Date; ends: Date }, now: Date): CampaignStatus {
  const DAY = 86_400_000;
  if (now.getTime() < c.starts.getTime()) return 'upcoming';
  if (now.getTime() >= c.ends.getTime() + DAY) return 'closed';
  return 'open';
}
