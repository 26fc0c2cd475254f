/**
 * The world map's geometry, computed once per build: Natural Earth 1:110m
 * boundaries (world-atlas), simplified to about a quarter of their points,
 * in the Equal Earth projection, with whole-pixel coordinates. Countries too
 * small for that scale (Mauritius) are placed from the 1:50m file, which is
 * read only when one is needed, and drawn as a dot.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { geoArea, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { iso31661 } from 'iso-3166';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const MAP_WIDTH = 1000;
/** Share of the 1:110m points kept: coastlines stay recognisable, the land is ~5 kB gzipped. */
const KEEP_POINTS = 0.25;
/** Below this projected area (px²), a country is drawn and linked as a dot. */
const DOT_AREA = 30;
const ANTARCTICA = '010';
const MARGIN = 10;

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

// Read from the project's node_modules (not bundled into the build's server chunk).
const require = createRequire(join(process.cwd(), 'package.json'));
const readAtlas = (scale: '110m' | '50m'): Countries => JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8'));

const numericToAlpha2 = new Map(iso31661.map((c) => [c.numeric, c.alpha2]));

export interface CountryShape {
  /** Path data, or undefined when the country is drawn as a dot. */
  d?: string;
  /** Where journeys start and end: the centroid of the largest landmass. */
  anchor: [number, number];
}

export interface WorldMap {
  width: number;
  height: number;
  /** Every country but Antarctica, merged into one outline. */
  land: string;
  /** A country's shape, or undefined if Natural Earth has no such country (it is then only in the table). */
  country(code: string): CountryShape | undefined;
}

/** The polygon with the largest area, so France's anchor is in Europe, not French Guiana. */
function mainland(f: Feature<Polygon | MultiPolygon>): Feature<Polygon> {
  if (f.geometry.type === 'Polygon') return f as Feature<Polygon>;
  const parts = f.geometry.coordinates.map((coordinates) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } }) as Feature<Polygon>);
  return parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

function build(): WorldMap {
  let topo = presimplify(readAtlas('110m')) as unknown as Countries;
  topo = simplify(topo as never, quantile(topo as never, KEEP_POINTS)) as unknown as Countries;
  const geometries = topo.objects.countries.geometries.filter((g) => g.id !== ANTARCTICA);
  const landGeo = merge(topo as never, geometries as never);
  // Rotated 11° so the antimeridian falls east of Fiji, which then stays whole.
  // A margin all round, so markers at the edges (Fiji) are not cut off.
  const projection: GeoProjection = geoEqualEarth().rotate([-11, 0]).fitWidth(MAP_WIDTH - 2 * MARGIN, landGeo);
  const path = geoPath(projection).digits(0);
  const [[x0, y0], [, y1]] = path.bounds(landGeo);
  const [tx, ty] = projection.translate();
  projection.translate([tx - x0 + MARGIN, ty - y0 + MARGIN]);
  const height = Math.ceil(y1 - y0) + 2 * MARGIN;

  const byCode = new Map<string, Feature<Polygon | MultiPolygon>>();
  for (const g of geometries) {
    const code = g.id === undefined ? undefined : numericToAlpha2.get(String(g.id));
    if (code) byCode.set(code, feature(topo as never, g as never) as unknown as Feature<Polygon | MultiPolygon>);
  }
  let fine: Map<string, Feature<Polygon | MultiPolygon>> | undefined;
  const fineFeature = (code: string) => {
    if (!fine) {
      const t = readAtlas('50m');
      fine = new Map();
      for (const g of t.objects.countries.geometries) {
        const c = g.id === undefined ? undefined : numericToAlpha2.get(String(g.id));
        if (c) fine.set(c, feature(t as never, g as never) as unknown as Feature<Polygon | MultiPolygon>);
      }
    }
    return fine.get(code);
  };

  const shapes = new Map<string, CountryShape | undefined>();
  const anchorOf = (f: Feature<Polygon | MultiPolygon>) => path.centroid(mainland(f)).map(Math.round) as [number, number];
  return {
    width: MAP_WIDTH,
    height,
    land: path(landGeo) ?? '',
    country(code) {
      if (!shapes.has(code)) {
        const coarse = byCode.get(code);
        let shape: CountryShape | undefined;
        if (coarse && path.area(coarse) >= DOT_AREA) shape = { d: path(coarse) ?? undefined, anchor: anchorOf(coarse) };
        else {
          const f = coarse ?? fineFeature(code);
          if (f) shape = { anchor: anchorOf(f) };
        }
        shapes.set(code, shape);
      }
      return shapes.get(code);
    },
  };
}

let cached: WorldMap | undefined;
/** The map, built on first use and shared by every page of the build. */
export const worldMap = (): WorldMap => (cached ??= build());
