/**
 * French typography and one register per language across the site's own
 * words (interface strings and team-written pages): a no-break space before
 * : ; ? ! and inside « », and "tu" (French) / "tú" (Spanish) throughout,
 * the register the CMS uses for contributors too.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fr } from '../../src/i18n/ui/fr';
import { es } from '../../src/i18n/ui/es';
import { ROOT } from '../support/build';

const pages = (locale: string) =>
  readdirSync(join(ROOT, 'content/pages')).map((p) => ({ name: `content/pages/${p}/${locale}.mdx`, text: readFileSync(join(ROOT, 'content/pages', p, `${locale}.mdx`), 'utf8') }));
/** Text a reader sees: drop code spans, URLs and MDX/HTML tags. */
const prose = (text: string) => text.replace(/`[^`]*`/g, '').replace(/https?:\/\/\S+/g, '').replace(/<[^>]+>/g, '');

/** Places where French typography is broken, with a little context. */
export function frenchTypographyErrors(text: string): string[] {
  const t = prose(text);
  const errors: string[] = [];
  const at = (i: number) => JSON.stringify(t.slice(Math.max(0, i - 15), i + 3));
  // A high punctuation mark ending a clause needs a no-break space (U+00A0 or U+202F) before it.
  for (const m of t.matchAll(/(.)([:;?!])(?=[\s*_)'"»]|$)/gu)) if (!/[\u00a0\u202f]/.test(m[1]!) && !/[:;?!]/.test(m[1]!)) errors.push(at(m.index! + 1));
  for (const m of t.matchAll(/« |«(?=[^\u00a0\u202f])| »|[^\u00a0\u202f]»/gu)) errors.push(at(m.index!));
  return errors;
}

const VOUS = /\b(?:vous|votre|vos)\b/i;
const USTED = /\b(?:usted|ustedes)\b/i;

describe('French typography', () => {
  it('the check finds what it must', () => {
    expect(frenchTypographyErrors('Racines : Géorgie')).toHaveLength(1);
    expect(frenchTypographyErrors('Racines: Géorgie ?')).toHaveLength(2);
    expect(frenchTypographyErrors('« bonjour »')).toHaveLength(2);
    expect(frenchTypographyErrors('Racines\u00a0: Géorgie\u202f? «\u00a0oui\u00a0» https://x.org/a:b')).toEqual([]);
  });

  it('holds in every French interface string', () => {
    const bad = Object.entries(fr).flatMap(([key, value]) => frenchTypographyErrors(value).map((e) => `${key}: ${e}`));
    expect(bad).toEqual([]);
  });

  it('holds in every French page', () => {
    const bad = pages('fr').flatMap((p) => {
      const [, front = '', ...body] = p.text.split(/^---$/m);
      // Front matter: only the values (title, description) are text; the body is Markdown.
      const values = [...front.matchAll(/^\w+: "(.*)"$/gm)].map((m) => m[1]!);
      return [...values, body.join('---')].flatMap((text) => frenchTypographyErrors(text).map((e) => `${p.name}: ${e}`));
    });
    expect(bad).toEqual([]);
  });
});

describe('one register per language', () => {
  it('French says "tu", never "vous"', () => {
    expect(Object.entries(fr).filter(([, v]) => VOUS.test(v)).map(([k]) => k)).toEqual([]);
    expect(pages('fr').filter((p) => VOUS.test(p.text)).map((p) => p.name)).toEqual([]);
  });

  it('Spanish says "tú", never "usted"', () => {
    expect(Object.entries(es).filter(([, v]) => USTED.test(v)).map(([k]) => k)).toEqual([]);
    expect(pages('es').filter((p) => USTED.test(p.text)).map((p) => p.name)).toEqual([]);
  });
});
