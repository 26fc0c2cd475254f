import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, LANGUAGE_CODES, PARTNER_COUNTRIES, THEMES, THEME_IDS, interfaceLocaleFor, isCountryCode, isLanguageCode } from '../../src/model/taxonomy';
import { LOCALES } from '../../src/i18n';
import { countryName, languageName, endonym } from '../../src/i18n';

describe('taxonomy', () => {
  it('has the three themes, each labelled and described in en, fr and es', () => {
    expect(THEME_IDS).toEqual(['health', 'gender', 'climate']);
    for (const id of THEME_IDS)
      for (const l of LOCALES) {
        expect(THEMES[id].label[l], `${id}.label.${l}`).toMatch(/\S/);
        expect(THEMES[id].description[l].length, `${id}.description.${l}`).toBeGreaterThan(20);
      }
    // Labels differ by language where the words differ.
    expect(THEMES.health.label.fr).toBe('Santé');
    expect(THEMES.gender.label.es).toBe('Género');
  });

  it('knows every partner country and about 250 countries and territories, from Intl', () => {
    for (const c of PARTNER_COUNTRIES) expect(COUNTRY_CODES).toContain(c);
    expect(COUNTRY_CODES.length).toBe(250);
    for (const notCountry of ['EU', 'UN', 'ZZ', 'XX', 'QO', 'SU', 'UK', 'YU', 'AC']) expect(isCountryCode(notCountry), notCountry).toBe(false);
    expect(isCountryCode('ge')).toBe(false);
  });

  it('accepts BCP 47 language tags for any language, including three-letter ones', () => {
    for (const tag of ['ka', 'fj', 'mfe', 'hif', 'qu', 'pt-BR', 'es-419']) expect(isLanguageCode(tag), tag).toBe(true);
    for (const tag of ['xx', 'english', '', 'e']) expect(isLanguageCode(tag), tag).toBe(false);
    for (const tag of ['en', 'fr', 'es', 'ka', 'fj', 'mfe', 'hif']) expect(LANGUAGE_CODES).toContain(tag);
  });

  it('maps a text language to the interface language its page uses', () => {
    expect(interfaceLocaleFor('mfe')).toBe('fr');
    expect(interfaceLocaleFor('qu')).toBe('es');
    expect(interfaceLocaleFor('es-PE')).toBe('es');
    expect(interfaceLocaleFor('fr-MU')).toBe('fr');
    expect(interfaceLocaleFor('ka')).toBe('en');
    expect(interfaceLocaleFor('fj')).toBe('en');
  });

  it('names countries and languages in the reader’s language through Intl', () => {
    expect(countryName('GE', 'en')).toBe('Georgia');
    expect(countryName('GE', 'fr')).toBe('Géorgie');
    expect(countryName('FJ', 'es')).toBe('Fiyi');
    expect(languageName('ka', 'fr')).toBe('géorgien');
    expect(languageName('qu', 'es')).toBe('quechua');
    expect(endonym('ka')).toBe('ქართული');
    expect(endonym('fr')).toBe('Français');
  });
});
