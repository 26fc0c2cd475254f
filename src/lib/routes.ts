/** getStaticPaths helpers shared by the per-locale routes. */
import { LOCALES, type Locale } from '../i18n';
import { swapLocale } from './paths';

export const localePaths = () => LOCALES.map((locale) => ({ params: { locale } }));

/** For a page that exists in every interface language: its URL in each. */
export const alternatesFor = (pathname: string): Record<Locale, string> =>
  Object.fromEntries(LOCALES.map((l) => [l, swapLocale(pathname, l)])) as Record<Locale, string>;
