import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LOCALES, useTranslations, formatDate } from '../../src/i18n';
import { en } from '../../src/i18n/ui/en';

const keys = Object.keys(en) as (keyof typeof en)[];

describe('interface strings', () => {
  it('exist in every language for every key, and are not left in English', () => {
    for (const locale of LOCALES) {
      const dict = DICTIONARIES[locale];
      const missing = keys.filter((k) => !dict[k]?.trim());
      expect(missing, `${locale} is missing`).toEqual([]);
      expect(Object.keys(dict).filter((k) => !(k in en)), `${locale} has keys English lacks`).toEqual([]);
    }
    // Most strings must actually be translated: only names, codes and a few cognates may match English.
    for (const locale of ['fr', 'es'] as const) {
      const same = keys.filter((k) => DICTIONARIES[locale][k] === en[k] && !/^\W*$|^[A-Z#]/.test(en[k]));
      expect(same.length / keys.length, `${locale} strings identical to English: ${same.join(', ')}`).toBeLessThan(0.08);
    }
  });

  it('keeps the same placeholders in every language', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
    for (const locale of LOCALES)
      for (const k of keys) expect(placeholders(DICTIONARIES[locale][k]!), `${locale}:${k}`).toBe(placeholders(en[k]));
  });

  it('fills placeholders and falls back to English for a missing key', () => {
    expect(useTranslations('fr')('card.by', { name: 'Ana' })).toBe('par Ana');
    const dict = DICTIONARIES.es as Record<string, string>;
    const saved = dict['nav.home'];
    delete dict['nav.home'];
    try {
      expect(useTranslations('es')('nav.home')).toBe('Home');
    } finally {
      dict['nav.home'] = saved!;
    }
  });

  it('formats dates per locale', () => {
    const d = new Date('2026-03-14T00:00:00Z');
    expect(formatDate(d, 'en')).toBe('March 14, 2026');
    expect(formatDate(d, 'fr')).toBe('14 mars 2026');
    expect(formatDate(d, 'es')).toBe('14 de marzo de 2026');
  });
});
