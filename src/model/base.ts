/**
 * Fields every contribution (story or video) shares, and the consent rules
 * that no entry can bypass: the build fails on an entry without consent.
 */
import { author, consent, countries, country, date, flag, guardianConfirmation, language, licence, optionalText, ref, text, themes, z } from './fields';
import { checkMinor } from './minors';

export const contributionFields = () => ({
  title: text(120, 'title'),
  summary: text(300, 'summary'),
  language: language(),
  themes: themes(),
  originCountries: countries(),
  residenceCountry: country().optional(),
  author: author(),
  published: date(),
  campaign: ref('campaigns').optional(),
  contentWarning: optionalText(200, 'content warning'),
  licence: licence(),
  consent: consent(),
  /** Team only: who confirmed an under-18 author's guardian consent, how and when (src/model/minors.ts). */
  guardianConfirmation: guardianConfirmation().optional(),
  draft: flag(false),
  /** Set by an editor when a contributor withdraws consent: the entry disappears at the next build. */
  withdrawn: flag(false),
});

interface ConsentShape {
  author: { name: string; pseudonym?: boolean; ageGroup: string };
  summary: string;
  consent: { publication: boolean; guardian?: boolean; date: Date };
  published: Date;
  draft?: boolean;
  withdrawn?: boolean;
  guardianConfirmation?: { date: Date };
}

/** Cross-field consent rules, attached to each contribution schema. */
export function checkConsent(data: ConsentShape, ctx: z.RefinementCtx) {
  if (data.consent.publication !== true) {
    ctx.addIssue({
      code: 'custom',
      path: ['consent', 'publication'],
      message: 'There is no publication consent, so this entry can never be published. Set consent.publication: true only after the contributor has agreed, or delete the entry.',
    });
  }
  if (data.author.ageGroup === 'under-18' && data.consent.guardian !== true) {
    ctx.addIssue({
      code: 'custom',
      path: ['consent', 'guardian'],
      message: 'The author is under 18, so a parent or guardian must consent. Set consent.guardian: true once their consent is recorded.',
    });
  }
  if (data.consent.date.getTime() > data.published.getTime()) {
    ctx.addIssue({
      code: 'custom',
      path: ['consent', 'date'],
      message: 'Consent is dated after publication. Consent comes first: correct consent.date or move published later.',
    });
  }
  checkMinor(data, ctx);
}
