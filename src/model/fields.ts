/**
 * Field builders shared by every content type. Each builder returns a Zod
 * schema whose messages say what was found and how to fix it, and describes
 * the field (meta.ts) so the CMS and the integrity checks can be derived from it.
 */
import { z } from 'astro/zod';
import { fieldMeta } from './meta';
import type { EntryKind } from './kinds';
import {
  AGE_GROUPS,
  DEFAULT_LICENCE,
  GUARDIAN_METHODS,
  LICENCE_IDS,
  THEME_IDS,
  isCountryCode,
  isLanguageCode,
} from './taxonomy';

/** The image helper Astro passes to a schema; a stub in unit tests and the CMS generator. */
export type ImageFn = () => z.ZodType;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const MISSING_HINT: Record<string, string> = {
  'alt text': 'Describe what the image shows, for people who cannot see it.',
  title: 'Give the entry a short title.',
  summary: 'Write one or two sentences that make people want to read on.',
  'display name': 'Use a first name or a pseudonym; never contact details.',
};

export const text = (max: number, what = 'text') =>
  z
    .string({
      error: (i) =>
        i.input === undefined
          ? `The ${what} is missing. ${MISSING_HINT[what] ?? 'Add it.'}`
          : `Expected ${what} as text, found ${typeof i.input}. Write it in quotes.`,
    })
    .trim()
    .min(1, { error: `This ${what} is empty. Write a few words.` })
    .max(max, { error: (i) => `Keep this to ${max} characters or fewer (it has ${String((i.input as string)?.length ?? '?')}). Shorten it.` })
    .register(fieldMeta, { kind: max > 200 ? 'longText' : 'text' });

export const optionalText = (max: number, what?: string) => text(max, what).optional();

export const flag = (defaultValue = false) =>
  z.boolean({ error: 'Use true or false (without quotes).' }).default(defaultValue).register(fieldMeta, { kind: 'flag' });

export const date = () =>
  z.coerce.date({ error: 'Use a date written as YYYY-MM-DD, for example 2026-03-14.' }).register(fieldMeta, { kind: 'date' });

export const themes = () =>
  z
    .array(
      z.enum(THEME_IDS, { error: (i) => `"${String(i.input)}" is not a theme. Use one of: ${THEME_IDS.join(', ')}.` }),
      { error: `List one or more themes, for example [health]. Themes: ${THEME_IDS.join(', ')}.` },
    )
    .min(1, { error: `Choose at least one theme: ${THEME_IDS.join(', ')}.` })
    .register(fieldMeta, { kind: 'choice', list: 'themes', multiple: true });

export const country = () =>
  z
    .string({ error: 'Expected a two-letter country code such as GE or PE.' })
    .refine(isCountryCode, {
      error: (i) => `"${String(i.input)}" is not an ISO 3166-1 alpha-2 country code. Use two capital letters, for example SV, FJ, GE, MU or PE.`,
    })
    .register(fieldMeta, { kind: 'choice', list: 'countries' });

export const countries = () =>
  z
    .array(country(), { error: 'List one or more country codes, for example [GE].' })
    .min(1, { error: 'Name at least one origin country, for example [GE].' })
    .register(fieldMeta, { kind: 'choice', list: 'countries', multiple: true });

export const language = () =>
  z
    .string({ error: 'Expected a language code such as en, fr, es or ka.' })
    .refine(isLanguageCode, {
      error: (i) => `"${String(i.input)}" is not a BCP 47 language code. Use codes like en, fr, es, ka (Georgian), fj (Fijian), mfe (Mauritian Creole) or qu (Quechua).`,
    })
    .register(fieldMeta, { kind: 'choice', list: 'languages' });

export const ageGroup = () =>
  z
    .enum(AGE_GROUPS, { error: (i) => `"${String(i.input)}" is not an age group. Use one of: ${AGE_GROUPS.join(', ')}.` })
    .register(fieldMeta, { kind: 'choice', list: 'ageGroups' });

export const licence = () =>
  z
    .enum(LICENCE_IDS as [string, ...string[]], {
      error: (i) => `"${String(i.input)}" is not a licence we offer. Use one of: ${LICENCE_IDS.join(', ')}.`,
    })
    .default(DEFAULT_LICENCE)
    .register(fieldMeta, { kind: 'choice', list: 'licences' });

/** A reference by slug (folder name) to an entry of `collection`; existence is checked in src/lib/integrity.ts. */
export const ref = (collection: EntryKind) =>
  z
    .string({ error: `Expected the folder name of an entry in content/${collection}/.` })
    .regex(SLUG, { error: (i) => `"${String(i.input)}" is not a ${collection} folder name: use lower-case letters, digits and hyphens.` })
    .register(fieldMeta, { kind: 'reference', to: collection });

/** Limits for images beside an entry (checked in src/lib/entry-files.ts, shown by the CMS): larger files slow every build. */
export const IMAGE_LIMITS = { maxBytes: 8 * 1024 * 1024, maxSide: 6000 };

/** An image beside the entry with its alt text: alt text is never optional. */
export const picture = (image: ImageFn, alt: z.ZodType = text(250, 'alt text')) =>
  z.strictObject(
    {
      src: image().register(fieldMeta, { kind: 'image' }),
      alt: alt,
    },
    {
      error: (i) =>
        i.code === 'unrecognized_keys'
          ? undefined
          : 'An image needs both src (a file beside the entry, e.g. ./cover.jpg) and alt (what the image shows, for people who cannot see it).',
    },
  );

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const PHONE = /\+?\d[\d\s().-]{7,}\d/;

/** The author as readers see them. Contact details are never stored. */
export const author = () =>
  z.strictObject(
    {
      name: text(60, 'display name').refine((s) => !EMAIL.test(s) && !PHONE.test(s), {
        error: 'The author name looks like an e-mail address or phone number. Contact details must never be published: use a first name or a pseudonym.',
      }),
      pseudonym: flag(false),
      ageGroup: ageGroup(),
    },
    {
      error: (i) =>
        i.code === 'unrecognized_keys'
          ? `author has fields that must not be stored (${i.keys.join(', ')}). Keep only name, pseudonym and ageGroup: contact details never go in the content files.`
          : 'Add an author with a name, pseudonym (true/false) and ageGroup.',
    },
  );

/** Consent as recorded by the communications team. Rules that cross fields live in base.ts. */
export const consent = () =>
  z.strictObject(
    {
      publication: z.boolean({ error: 'Set publication: true only once the contributor has agreed to publication.' }).register(fieldMeta, { kind: 'flag' }),
      guardian: z.boolean({ error: 'Use true or false.' }).optional().register(fieldMeta, { kind: 'flag' }),
      date: date(),
    },
    { error: 'Record consent: publication (true), guardian (true, for authors under 18) and the date it was given.' },
  );

/** A person's public display name (credits): never an e-mail address or phone number. */
export const displayName = () =>
  text(60, 'display name').refine((s) => !EMAIL.test(s) && !PHONE.test(s), {
    error: 'This name looks like an e-mail address or phone number. Contact details must never be published: use a first name or a pseudonym.',
  });

/** A whole number of people, zero or more. */
export const count = (what: string) =>
  z
    .number({ error: `Write the number of ${what} as a plain number, e.g. 12 (without quotes).` })
    .int({ error: `The number of ${what} must be a whole number.` })
    .min(0, { error: `The number of ${what} cannot be negative.` })
    .register(fieldMeta, { kind: 'number' });

export { z };

/**
 * A team member's confirmation that a guardian agreed to an under-18 author's
 * publication (issue 12). Who confirmed it, how and when: the evidence (a
 * signed form…) and the guardian's contact details stay offline.
 */
export const guardianConfirmation = () =>
  z.strictObject(
    {
      by: text(80, 'team member'),
      method: z
        .enum(GUARDIAN_METHODS, { error: (i) => `"${String(i.input)}" is not a way we confirm consent. Use one of: ${GUARDIAN_METHODS.join(', ')}.` })
        .register(fieldMeta, { kind: 'choice', list: 'guardianMethods' }),
      date: date(),
    },
    {
      error: (i) =>
        i.code === 'unrecognized_keys'
          ? `guardianConfirmation has fields that must not be stored (${i.keys.join(', ')}). Keep only by, method and date: the guardian's name and contact details stay in the offline record.`
          : 'Record the confirmation as { by: "team member", method: signed-form-offline, date: YYYY-MM-DD }.',
    },
  );
