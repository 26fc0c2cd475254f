/**
 * Links that reach the safeguarding contact (issue 12): plain mailto: links,
 * so a report opens the reader's own mail app. No form, no script, nothing
 * sent or recorded by this site.
 */
import { SITE } from '../config/site';
import { useTranslations, type Locale } from '../i18n';

export const mailto = (to: string, subject: string) => `mailto:${to}?subject=${encodeURIComponent(subject)}`;

/** "Report a concern" about a page: its title and full address in the subject. */
export const concernMailto = (locale: Locale, title: string, url: string) =>
  mailto(SITE.safeguarding.email, useTranslations(locale)('report.subject', { title, url }));

/** A contributor asking for their story to be taken down. */
export const takedownMailto = (locale: Locale, title: string, url: string) =>
  mailto(SITE.safeguarding.email, useTranslations(locale)('takedown.subject', { title, url }));

/** The safeguarding contact's name (a role by default) in the reader's language. */
export const contactName = (locale: Locale) => SITE.safeguarding.name[locale];
