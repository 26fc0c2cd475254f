import { describe, expect, it } from 'vitest';
import { journeysOf, journeyWeight, SMALL_JOURNEY } from '../../src/lib/journeys';
import { drawJourneys, focusViewBox } from '../../src/lib/journey-map';
import { worldMap } from '../../src/lib/world-map';

let n = 0;
const e = (origin: string | string[], residence?: string, extra: { collection?: string; translationOf?: string } = {}) => ({
  id: `e${n++}`,
  collection: extra.collection ?? 'stories',
  data: { originCountries: Array.isArray(origin) ? origin : [origin], residenceCountry: residence, translationOf: extra.translationOf, themes: ['health'], published: new Date('2026-01-01') },
});

describe('journeysOf', () => {
  it('counts works per origin → residence, of every kind, one journey per origin country', () => {
    const { journeys, origins, residences } = journeysOf([e('SV', 'US'), e('SV', 'US'), e('SV', 'US', { collection: 'videos' }), e('SV', 'US', { collection: 'audio' }), e(['FJ', 'IN'], 'NZ'), e('PE'), e('GE', 'GE')]);
    expect(journeys).toEqual([
      { origin: 'SV', residence: 'US', count: 4, small: false },
      { origin: 'FJ', residence: 'NZ', count: 1, small: true },
      { origin: 'IN', residence: 'NZ', count: 1, small: true },
    ]);
    // No residence, or living in the country of one's roots: an origin, not a journey.
    expect(origins).toEqual(['FJ', 'GE', 'IN', 'PE', 'SV']);
    expect(residences).toEqual(['NZ', 'US']);
  });

  it('counts a story and its translations as one work, so a translated story cannot lift a journey above the small-count rule', () => {
    const original = e('GE', 'ES');
    const { journeys } = journeysOf([original, e('GE', 'ES', { translationOf: original.id }), e('GE', 'ES', { translationOf: original.id })]);
    expect(journeys).toEqual([{ origin: 'GE', residence: 'ES', count: 1, small: true }]);
  });

  it('does not let order or line weight tell a journey of 2 from a journey of 1', () => {
    const { journeys } = journeysOf([e('MU', 'FR'), e('FJ', 'AU'), e('FJ', 'AU'), e('SV', 'US'), e('SV', 'US'), e('SV', 'US')]);
    // FJ→AU (2) and MU→FR (1) sort by codes only, after the exact journey.
    expect(journeys.map((j) => `${j.origin}-${j.residence}`)).toEqual(['SV-US', 'FJ-AU', 'MU-FR']);
    expect(journeyWeight({ count: 1, small: true })).toBe(journeyWeight({ count: 2, small: true }));
    expect(journeyWeight({ count: SMALL_JOURNEY, small: false })).toBeGreaterThan(journeyWeight({ count: 2, small: true }));
    expect(journeyWeight({ count: 20, small: false })).toBeGreaterThan(journeyWeight({ count: 3, small: false }));
  });
});

describe('the world map', () => {
  it('places every partner country: large ones as shapes, small ones as dots, Mauritius (absent at 1:110m) from the 1:50m file', () => {
    const map = worldMap();
    for (const code of ['GE', 'PE', 'US', 'ES', 'AU', 'NZ']) expect(map.country(code)?.d, code).toMatch(/^M\d/);
    for (const code of ['SV', 'FJ', 'MU']) expect(map.country(code)?.anchor, code).toHaveLength(2);
    const mu = map.country('MU');
    expect(mu?.d).toBeUndefined();
    // In the Indian Ocean: east of Africa's horn, south of the equator line of the map.
    expect(mu!.anchor[0]).toBeGreaterThan(map.width * 0.55);
    expect(mu!.anchor[1]).toBeGreaterThan(map.height * 0.55);
    expect(map.country('XK') ?? map.country('ZZ')).toBeUndefined();
  });

  it('keeps every anchor inside the drawing (Fiji is not cut at the antimeridian)', () => {
    const map = worldMap();
    for (const code of ['FJ', 'NZ', 'US', 'CL', 'JP', 'RU']) {
      const [x, y] = map.country(code)!.anchor;
      expect(x, code).toBeGreaterThan(5);
      expect(x, code).toBeLessThan(map.width - 5);
      expect(y, code).toBeGreaterThan(5);
      expect(y, code).toBeLessThan(map.height - 5);
    }
  });

  it('draws every journey, lists unknown countries as unmapped, and links only countries with a page', () => {
    const model = drawJourneys([e('SV', 'US'), e('MU', 'FR'), e('FJ', 'ZZ')]);
    expect(model.flows.map((f) => `${f.origin}-${f.residence}`).sort()).toEqual(['MU-FR', 'SV-US']);
    expect(model.journeys).toHaveLength(3);
    expect(model.unmapped).toEqual(['ZZ']);
    expect(model.countries.filter((c) => c.linked).map((c) => c.code)).toEqual(['FJ', 'MU', 'SV']);
    for (const f of model.flows) expect(f.d).toMatch(/^M\d+ \d+Q-?\d+ -?\d+ \d+ \d+$/);
  });

  it('frames one country’s journeys inside the map', () => {
    const model = drawJourneys([e('GE', 'ES'), e('GE', 'DE'), e('SV', 'US')]);
    const [x, y, w, h] = focusViewBox(model, 'GE').split(' ').map(Number) as [number, number, number, number];
    expect(w).toBeLessThan(model.width);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(x + w).toBeLessThanOrEqual(model.width);
    expect(y + h).toBeLessThanOrEqual(model.height);
    for (const c of model.countries.filter((c) => ['GE', 'ES', 'DE'].includes(c.code))) {
      expect(c.anchor[0]).toBeGreaterThan(x);
      expect(c.anchor[0]).toBeLessThan(x + w);
    }
  });
});
