/**
 * Language codes (issue 17). Validity comes from data the project ships, never from the engine's
 * Intl data: Chromium has no names for mfe, hif, rtm, xmf or fj, Node does, and the same rule runs
 * in the build and in the CMS (bundled for the browser). Names fall back: Intl, English name, code.
 */
import { parse as parseBcp47 } from 'bcp-47';
import { iso6393 } from 'iso-639-3';

/**
 * Primary language subtags BCP 47 accepts, from ISO 639-3 (the `iso-639-3` package): the two-letter
 * code where one exists (`fr`, never `fra`), the three-letter code otherwise (`mfe`, `hif`); no
 * special codes (`und`, `mul`, `zxx`). Maps each subtag to its English name.
 */
export const PRIMARY_LANGUAGES: ReadonlyMap<string, string> = new Map(
  iso6393.filter((l) => l.type !== 'special').map((l) => [l.iso6391 ?? l.iso6393, l.name] as const),
);

/** The primary language subtag of a well-formed BCP 47 tag (lower case), or undefined if the tag is not well-formed. */
export function primaryLanguage(tag: string): string | undefined {
  // Non-forgiving parse: anything malformed, grandfathered or private-use only has no `language`.
  const parsed = parseBcp47(tag, { normalize: false });
  return parsed.language ? parsed.language.toLowerCase() : undefined;
}

/** True for a well-formed BCP 47 tag whose primary subtag is a known language: `ka`, `fj`, `mfe`, `es-PE`; not `fra`, `xx`, `und`. */
export function isLanguageCode(tag: string): boolean {
  const primary = typeof tag === 'string' ? primaryLanguage(tag) : undefined;
  return primary !== undefined && PRIMARY_LANGUAGES.has(primary);
}

/** A language's English name from the shipped ISO 639-3 data ("mfe" → "Morisyen"); the fallback when Intl has none. */
export const englishLanguageName = (tag: string): string | undefined => {
  const primary = primaryLanguage(tag);
  return primary ? PRIMARY_LANGUAGES.get(primary) : undefined;
};

/** Intl's name when the engine has one, else the English name, else the code: for display only, never for validity. */
const intlLanguageNames = new Map<string, Intl.DisplayNames>();
// Pages ask for the same few names thousands of times; Intl's lookup is not free.
const displayNameCache = new Map<string, string>();
export function languageDisplayName(tag: string, locale: string): string {
  const key = `${locale}:${tag}`;
  let known = displayNameCache.get(key);
  if (known === undefined) displayNameCache.set(key, (known = lookUpLanguageName(tag, locale)));
  return known;
}
function lookUpLanguageName(tag: string, locale: string): string {
  let name: string | undefined;
  try {
    let names = intlLanguageNames.get(locale);
    if (!names) intlLanguageNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' })));
    name = names.of(tag);
  } catch {
    /* a tag Intl cannot even parse */
  }
  return name && name !== tag ? name : (englishLanguageName(tag) ?? tag);
}
