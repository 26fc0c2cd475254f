import { describe, expect, test } from 'vitest';
import { excerptParts, isActive, matchesQuery, pagefindFilters, parseState, serializeState, toggleFilter } from '../../src/search/state';

describe('search URL state', () => {
  test('a URL round-trips through parse and serialize', () => {
    const s = parseState('?q=salud+mental&theme=health&country=GE&country=FJ&sort=date');
    expect(s).toEqual({ q: 'salud mental', filters: { theme: ['health'], country: ['GE', 'FJ'] }, sort: 'date' });
    expect(parseState(serializeState(s))).toEqual({ ...s, filters: { theme: ['health'], country: ['FJ', 'GE'] } });
  });

  test('equal states give the same URL whatever the order of choices', () => {
    const a = toggleFilter(toggleFilter(parseState(''), 'country', 'GE'), 'country', 'FJ');
    const b = toggleFilter(toggleFilter(parseState(''), 'country', 'FJ'), 'country', 'GE');
    expect(serializeState(a)).toBe(serializeState(b));
    expect(serializeState(a)).toBe('?country=FJ&country=GE');
  });

  test('unknown parameters are ignored and an empty state is inactive', () => {
    const s = parseState('?utm_source=x&theme=&foo=bar');
    expect(isActive(s)).toBe(false);
    expect(serializeState(s)).toBe('');
  });

  test('toggling a value twice removes the facet', () => {
    const s = toggleFilter(toggleFilter(parseState('?q=x'), 'theme', 'climate'), 'theme', 'climate');
    expect(s.filters).toEqual({});
  });

  test('filters: any within a facet, all across facets, always scoped to the reader locale', () => {
    const s = parseState('?theme=climate&country=FJ&country=PE');
    expect(pagefindFilters(s, 'fr')).toEqual({ locale: 'fr', theme: { any: ['climate'] }, country: { any: ['FJ', 'PE'] } });
    expect(pagefindFilters(s, 'fr', 'country')).toEqual({ locale: 'fr', theme: { any: ['climate'] } });
  });
});

describe('search excerpts', () => {
  test('marks are kept as structure and everything else becomes plain text', () => {
    expect(excerptParts('La <mark>santé</mark> &amp; le &lt;b&gt;soin')).toEqual([
      { text: 'La ', mark: false },
      { text: 'santé', mark: true },
      { text: ' & le <b>soin', mark: false },
    ]);
  });

  test('stray tags are dropped, never rendered', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)><mark>x</mark>');
    expect(parts).toEqual([{ text: 'x', mark: true }]);
  });
});

describe('real matches versus Pagefind’s prefix fallback', () => {
  const page = (content: string, meta: Record<string, string> = {}) => ({ content, meta });
  test('a word that is nowhere on the page is not a match, even if a short prefix is', () => {
    expect(matchesQuery('quintrelvash', page('Si vous êtes un jeune qui traduit'))).toBe(false);
    expect(matchesQuery('zorblatquix', page('zorro blatant'))).toBe(false);
  });
  test('accents, prefixes, stemmed forms, metadata and Georgian count as matches', () => {
    expect(matchesQuery('sante', page('la santé de ma mère'))).toBe(true);
    expect(matchesQuery('migracion', page('y sobre la migración.'))).toBe(true);
    expect(matchesQuery('salud', page('mi abuelo saludaba'))).toBe(true);
    expect(matchesQuery('happiness', page('I was happy'))).toBe(true);
    expect(matchesQuery('Géorgie', page('text', { keywords: 'Georgia, Géorgie' }))).toBe(true);
    expect(matchesQuery('ფსიქიკური', page('ფსიქიკურ ჯანმრთელობაზე'))).toBe(true);
  });
  test('every word of the query must match', () => {
    expect(matchesQuery('reef quintrelvash', page('the reef my grandfather could read, qui'))).toBe(false);
    expect(matchesQuery('reef grandfather', page('the reef my grandfather could read'))).toBe(true);
  });
});
