/**
 * The journeys map as data: the land, each journey as a curve between two
 * anchors, and the countries to fill, mark and link. Drawn once per build
 * (memoised on the public contribution list); JourneyMap.astro only prints it.
 */
import { countriesWithContent } from './queries';
import { journeysOf, journeyWeight, type Journey, type Journeys } from './journeys';
import { worldMap } from './world-map';

export interface MapFlow extends Journey {
  d: string;
  width: number;
}

export interface MapCountry {
  code: string;
  /** Shape outline; absent for countries drawn as a dot. */
  d?: string;
  anchor: [number, number];
  isOrigin: boolean;
  /** Has a country page to link to. */
  linked: boolean;
}

export interface JourneyMapModel extends Journeys {
  width: number;
  height: number;
  land: string;
  flows: MapFlow[];
  countries: MapCountry[];
  /** Countries Natural Earth does not have: in the table, not on the map. */
  unmapped: string[];
  /** Countries that have a country page. */
  pages: string[];
}

/** A curve bending to the left of its direction, so A→B and B→A stay apart. */
function curve([x1, y1]: [number, number], [x2, y2]: [number, number]): string {
  const [dx, dy] = [x2 - x1, y2 - y1];
  const cx = Math.round((x1 + x2) / 2 + dy * 0.25);
  const cy = Math.round((y1 + y2) / 2 - dx * 0.25);
  return `M${x1} ${y1}Q${cx} ${cy} ${x2} ${y2}`;
}

interface Input {
  id: string;
  collection: string;
  data: { originCountries: readonly string[]; residenceCountry?: string; translationOf?: string };
}

export function drawJourneys(contributions: readonly Input[]): JourneyMapModel {
  const world = worldMap();
  const j = journeysOf(contributions);
  const pages = new Set(countriesWithContent(contributions as never).keys());
  const codes = [...new Set([...j.origins, ...j.residences])].sort();
  const unmapped = codes.filter((c) => !world.country(c));
  const countries = codes
    .filter((c) => world.country(c))
    .map((code) => {
      const s = world.country(code)!;
      return { code, d: s.d, anchor: s.anchor, isOrigin: j.origins.includes(code), linked: pages.has(code) };
    });
  const flows = j.journeys
    .filter((f) => world.country(f.origin) && world.country(f.residence))
    .map((f) => ({ ...f, d: curve(world.country(f.origin)!.anchor, world.country(f.residence)!.anchor), width: journeyWeight(f) }));
  return { ...j, width: world.width, height: world.height, land: world.land, flows, countries, unmapped, pages: [...pages].sort() };
}

const memo = new WeakMap<readonly Input[], JourneyMapModel>();
/** Once per build: loadSite() returns the same contribution array to every page. */
export function journeyMap(contributions: readonly Input[]): JourneyMapModel {
  let model = memo.get(contributions);
  if (!model) memo.set(contributions, (model = drawJourneys(contributions)));
  return model;
}

/**
 * A viewBox around one country's journeys (country pages), so a phone shows
 * them large; the full map's proportions, never smaller than a third of it.
 */
export function focusViewBox(model: JourneyMapModel, code: string): string {
  const full = `0 0 ${model.width} ${model.height}`;
  const ends = model.flows.filter((f) => f.origin === code || f.residence === code).flatMap((f) => [f.origin, f.residence]);
  const points = model.countries.filter((c) => c.code === code || ends.includes(c.code)).map((c) => c.anchor);
  if (points.length === 0) return full;
  const pad = 60;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const ratio = model.height / model.width;
  let w = Math.max(Math.max(...xs) - Math.min(...xs) + 2 * pad, model.width / 3);
  let h = Math.max(Math.max(...ys) - Math.min(...ys) + 2 * pad, w * ratio);
  w = Math.max(w, h / ratio);
  if (w >= model.width || h >= model.height) return full;
  const clamp = (v: number, size: number, max: number) => Math.round(Math.min(Math.max(v, 0), max - size));
  const x = clamp((Math.min(...xs) + Math.max(...xs)) / 2 - w / 2, w, model.width);
  const y = clamp((Math.min(...ys) + Math.max(...ys)) / 2 - h / 2, h, model.height);
  return `${x} ${y} ${Math.round(w)} ${Math.round(h)}`;
}
