/**
 * /<locale>/numbers/, /numbers.csv and /numbers.json: the same counts, of
 * public entries only (checked against content/ read through the gate, so a
 * draft, future-dated or withdrawn story would show), with no titles or names.
 */
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { readDist, UNPUBLISHED } from '../support/dist';
import { CONTRIBUTION_KINDS, frontmatter, partition } from '../support/entries';
import { LOCALES, useTranslations } from '../../src/i18n';

const all = (node: Root | RootContent, out: Element[] = []): Element[] => {
  if (node.type === 'element') out.push(node);
  if ('children' in node) for (const c of node.children) all(c, out);
  return out;
};
const attr = (el: Element, name: string) => (el.properties[name] === undefined ? undefined : String(el.properties[name]));

const json = JSON.parse(readDist('numbers.json')) as { total: number; sections: Record<string, Record<string, number>> };
const csv = readDist('numbers.csv').trim().split('\n');

const pub = CONTRIBUTION_KINDS.flatMap((kind) => partition(kind).pub.map((slug) => ({ kind, slug, d: frontmatter(kind, slug) })));
const tally = (keys: string[]) => keys.reduce<Record<string, number>>((m, k) => ((m[k] = (m[k] ?? 0) + 1), m), {});

describe('numbers', () => {
  it('count public entries only, as read from content/ through the gate', () => {
    expect(partition('stories').hidden).toEqual(expect.arrayContaining(UNPUBLISHED.slugs));
    expect(json.total).toBe(pub.length);
    expect(json.sections.theme).toEqual(tally(pub.flatMap((e) => e.d.themes)));
    expect(json.sections.format).toEqual(tally(pub.map((e) => e.kind)));
    expect(json.sections.origin).toEqual(tally(pub.flatMap((e) => e.d.originCountries)));
    expect(json.sections.residence).toEqual(tally(pub.map((e) => e.d.residenceCountry ?? 'none')));
    expect(json.sections.language).toEqual(tally(pub.map((e) => e.d.language)));
    const months = tally(pub.map((e) => String(e.d.published).slice(0, 7)));
    for (const [m, n] of Object.entries(json.sections.month!)) expect(n, m).toBe(months[m] ?? 0);
    expect(Object.values(json.sections.month!).reduce((a, b) => a + b, 0)).toBe(pub.length);
    const campaigns = partition('campaigns').pub;
    expect(Object.keys(json.sections.campaign!).sort()).toEqual(campaigns.sort());
  });

  it('CSV and JSON hold the same counts', () => {
    expect(csv[0]).toBe('section,key,count');
    expect(csv[1]).toBe(`total,all,${json.total}`);
    const rows = csv.slice(2).map((l) => l.split(','));
    expect(rows.length).toBe(Object.values(json.sections).reduce((a, s) => a + Object.keys(s).length, 0));
    for (const [s, k, n] of rows) expect(json.sections[s!]?.[k!], `${s},${k}`).toBe(Number(n));
  });

  it('hold counts only: no title, summary or author name, nothing unpublished', () => {
    const files = readDist('numbers.csv') + readDist('numbers.json');
    for (const { d } of pub) {
      expect(files).not.toContain(d.title);
      expect(files).not.toContain(d.author.name);
    }
    for (const slug of UNPUBLISHED.slugs) expect(files).not.toContain(slug);
  });

  it.each(LOCALES)('the %s page shows the same counts, labelled in its language', (locale) => {
    const t = useTranslations(locale);
    const els = all(fromHtml(readDist(`${locale}/numbers/index.html`)));
    const html = readDist(`${locale}/numbers/index.html`);
    for (const [id, rows] of Object.entries(json.sections)) {
      const section = els.find((e) => e.tagName === 'section' && attr(e, 'dataSection') === id);
      expect(section, id).toBeDefined();
      const shown = Object.fromEntries(
        all(section!)
          .filter((e) => e.tagName === 'tr' && attr(e, 'dataKey'))
          .map((tr) => [attr(tr, 'dataKey')!, Number(attr(all(tr).find((c) => attr(c, 'dataCount') !== undefined)!, 'dataCount'))]),
      );
      expect(shown, id).toEqual(rows);
    }
    expect(html).toContain(t('numbers.total', { n: new Intl.NumberFormat(locale).format(json.total) }));
    expect(html).toContain(new Intl.DisplayNames([locale], { type: 'region' }).of('GE'));
    expect(html).toContain(new Intl.DisplayNames([locale], { type: 'language' }).of('ka'));
    expect(html).toContain('href="/numbers.csv"');
    expect(html).toContain('href="/numbers.json"');
    for (const w of UNPUBLISHED.words) expect(html).not.toContain(w);
  });
});
