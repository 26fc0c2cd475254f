import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/ui/en';
import { computeNumbers, numbersCsv, numbersJson, SECTIONS, type NumbersInput } from '../../src/lib/numbers';

const c = (collection: string, data: { themes?: string[]; originCountries?: string[]; residenceCountry?: string; language?: string; published: string; campaign?: string }) => ({
  collection,
  data: { themes: ['health'], originCountries: ['GE'], language: 'en', ...data, published: new Date(data.published) },
});

const input: NumbersInput = {
  contributions: [
    c('stories', { themes: ['health', 'climate'], originCountries: ['SV', 'GT'], residenceCountry: 'US', language: 'es', published: '2026-01-10', campaign: 'care' }),
    c('stories', { published: '2026-01-20', residenceCountry: 'ES' }),
    c('videos', { themes: ['gender'], published: '2026-04-02' }),
  ],
  campaigns: [{ id: 'care' }, { id: 'quiet' }],
  campaignCount: (k) => (k.id === 'care' ? 1 : 0),
};

describe('numbers', () => {
  const n = computeNumbers(input);
  const section = (id: string) => Object.fromEntries(n.sections.find((s) => s.id === id)!.rows.map((r) => [r.key, r.count]));

  it('counts public entries by theme, format, countries, language, month and campaign', () => {
    expect(n.total).toBe(3);
    expect(section('theme')).toEqual({ health: 2, climate: 1, gender: 1 });
    expect(section('format')).toEqual({ stories: 2, videos: 1 });
    expect(section('origin')).toEqual({ GE: 2, SV: 1, GT: 1 });
    expect(section('residence')).toEqual({ US: 1, ES: 1, none: 1 });
    expect(section('language')).toEqual({ en: 2, es: 1 });
    expect(section('campaign')).toEqual({ care: 1, quiet: 0 });
  });

  it('lists every month from the first entry to the last, empty ones as 0, in order', () => {
    expect(n.sections.find((s) => s.id === 'month')!.rows).toEqual([
      { key: '2026-01', count: 2 },
      { key: '2026-02', count: 0 },
      { key: '2026-03', count: 0 },
      { key: '2026-04', count: 1 },
    ]);
  });

  it('writes the same counts to CSV and JSON, codes only', () => {
    const csv = numbersCsv(n).trim().split('\n').slice(1).map((l) => l.split(','));
    const json = JSON.parse(numbersJson(n, new Date('2026-12-01T00:00:00Z')));
    expect(json.generated).toBe('2026-12-01');
    expect(csv[0]).toEqual(['total', 'all', '3']);
    for (const [s, key, count] of csv.slice(1)) expect(json.sections[s!][key!], `${s} ${key}`).toBe(Number(count));
    expect(csv.length - 1).toBe(Object.values(json.sections as Record<string, object>).reduce((a, o) => a + Object.keys(o).length, 0));
  });

  it('counts recommendations by status when there are any, and leaves the section out otherwise', () => {
    expect(n.sections.map((s) => s.id)).not.toContain('recommendation');
    const withRecs = computeNumbers({ ...input, recommendationStatuses: ['proposed', 'adopted', 'proposed'] });
    expect(withRecs.sections.find((s) => s.id === 'recommendation')!.rows).toEqual([
      { key: 'proposed', count: 2 },
      { key: 'adopted', count: 1 },
    ]);
    expect(numbersCsv(withRecs)).toContain('recommendation,proposed,2');
  });

  it('adding an aggregate is one function in SECTIONS; one that returns undefined is left out', () => {
    const before = computeNumbers(input).sections.length;
    SECTIONS.push(() => undefined, () => ({ id: 'extra', rows: [{ key: 'x', count: 1 }] }));
    try {
      expect(computeNumbers(input).sections.map((s) => s.id)).toHaveLength(before + 1);
      expect(numbersCsv(computeNumbers(input))).toContain('extra,x,1');
    } finally {
      SECTIONS.pop();
      SECTIONS.pop();
    }
  });

  it('has a heading and a column label for every section', () => {
    const ids = computeNumbers({ ...input, recommendationStatuses: ['proposed'] }).sections.map((s) => s.id);
    expect(ids).toHaveLength(SECTIONS.length);
    for (const id of ids) {
      expect(en, id).toHaveProperty([`numbers.section.${id}`]);
      expect(en, id).toHaveProperty([`numbers.col.${id}`]);
    }
  });

  it('handles an empty site', () => {
    const empty = computeNumbers({ contributions: [], campaigns: [], campaignCount: () => 0 });
    expect(empty.total).toBe(0);
    expect(empty.sections.every((s) => s.rows.length === 0)).toBe(true);
  });
});

describe('README', () => {
  it('lists the journeys and numbers pages and downloads', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const page of ['/<locale>/journeys/', '/<locale>/numbers/', '/numbers.csv', '/numbers.json']) expect(readme).toContain(page);
  });
});
