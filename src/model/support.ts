/**
 * The support directory (issue 12): services run by other organisations that
 * readers can turn to, kept by the team in content/support/<slug>/index.md.
 * The only content where a phone number may appear, and only the
 * organisation's public one.
 */
import { country, date, flag, language, text, themes, z } from './fields';
import { localized } from './campaign';
import { fieldMeta } from './meta';

/** An organisation's public number: international form (+ country code) or a short national code such as 116 111. */
const PHONE = /^(?:\+\d{1,3}(?:[ -]?\d{1,4}){2,6}|\d{3}(?: ?\d{3})?)$/;
/** Sample numbers start with +000, which no country uses: the privacy check and the README recognise them. */
export const SAMPLE_PHONE = /^\+000[ \d-]*$/;
const SAMPLE_HOST = /^(?:[\w-]+\.)*example\.(?:org|com|net)$|\.example$/;

const phone = (what: string) =>
  z
    .string({ error: `Write the ${what} as text in quotes, e.g. "+679 331 2345" or "116 111".` })
    .trim()
    .regex(PHONE, { error: (i) => `"${String(i.input)}" is not a phone number we can show. Use the organisation's public number in international form ("+679 331 2345") or a short code ("116 111"); only digits, spaces and hyphens.` })
    .register(fieldMeta, { kind: 'text' });

const webAddress = (what: string) =>
  z
    .string({ error: `Write the ${what} as a full address, e.g. "https://example.org/".` })
    .trim()
    .regex(/^https:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/, { error: (i) => `"${String(i.input)}" is not a web address starting with https://. Copy the full address from the browser.` })
    .register(fieldMeta, { kind: 'text' });

export const supportSchema = () =>
  z
    .strictObject({
      name: text(120, 'organisation name'),
      themes: themes(),
      /** Free words for what it helps with, e.g. "mental health", "violence". */
      tags: z.array(text(40, 'tag')).default([]).register(fieldMeta, { kind: 'list' }),
      countries: z.array(country()).default([]).register(fieldMeta, { kind: 'choice', list: 'countries', multiple: true }),
      /** Serves people anywhere (online or by an international number). */
      international: flag(false),
      languages: z
        .array(language(), { error: 'List the languages the service answers in, e.g. [en, fr].' })
        .min(1, { error: 'Name at least one language the service answers in, e.g. [en].' })
        .register(fieldMeta, { kind: 'choice', list: 'languages', multiple: true }),
      contact: z
        .strictObject(
          {
            phone: phone('phone number').optional(),
            sms: phone('text-message number').optional(),
            chat: webAddress('chat address').optional(),
            website: webAddress('website').optional(),
          },
          {
            error: (i) =>
              i.code === 'unrecognized_keys'
                ? `contact has fields we do not publish (${i.keys.join(', ')}). Use only phone, sms, chat and website: the organisation's public contact points.`
                : 'Add contact with at least one of phone, sms, chat or website.',
          },
        )
        .refine((c) => Boolean(c.phone || c.sms || c.chat || c.website), { error: 'Give at least one way to reach the service: phone, sms, chat or website.' }),
      /** Opening hours and cost in plain words; hidden when the entry is stale. */
      hours: localized(text(200, 'hours')),
      /** When a team member last checked the details with the service. */
      verified: date(),
      draft: flag(false),
    })
    .superRefine((s, ctx) => {
      if (s.countries.length === 0 && !s.international)
        ctx.addIssue({ code: 'custom', path: ['countries'], message: 'Say where the service helps: list country codes, e.g. [FJ, NZ], or set international: true.' });
    });

export type SupportData = z.output<ReturnType<typeof supportSchema>>;

/** Wrong numbers in a crisis are worse than none: after 12 months an entry is stale, after 24 it stops the build. */
export const STALE_AFTER_MONTHS = 12;
export const EXPIRED_AFTER_MONTHS = 24;

export type Freshness = 'fresh' | 'stale' | 'expired';

const monthsLater = (d: Date, months: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate()));

export function freshness(verified: Date, now: Date): Freshness {
  if (now.getTime() > monthsLater(verified, EXPIRED_AFTER_MONTHS).getTime()) return 'expired';
  if (now.getTime() > monthsLater(verified, STALE_AFTER_MONTHS).getTime()) return 'stale';
  return 'fresh';
}

/** A clearly marked example entry (example.org addresses, +000 numbers), to be replaced before launch. */
export function isSample(s: Pick<SupportData, 'contact'>): boolean {
  const { phone, sms, chat, website } = s.contact;
  const hosts = [chat, website].filter(Boolean).map((u) => new URL(u!).hostname);
  return [phone, sms].some((n) => n !== undefined && SAMPLE_PHONE.test(n)) || hosts.some((h) => SAMPLE_HOST.test(h));
}

/** The problem or warning for an entry's `verified` date, naming the file and the fix; undefined when fresh. */
export function freshnessMessage(file: string, verified: Date, state: Freshness): string | undefined {
  const day = verified.toISOString().slice(0, 10);
  if (state === 'expired')
    return `${file}: verified is ${day}, more than ${EXPIRED_AFTER_MONTHS} months ago, and a wrong number in a crisis is worse than none. Check the phone, chat, website and hours with the service and update verified, or set draft: true until someone can.`;
  if (state === 'stale')
    return `${file}: verified is ${day}, more than ${STALE_AFTER_MONTHS} months ago, so its hours are hidden on the site. Check the details with the service and update verified.`;
  return undefined;
}
