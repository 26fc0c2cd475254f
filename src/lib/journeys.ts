/**
 * Journeys: how many public works travelled from an origin country to a
 * residence country. Pure (no Astro imports), so it is unit-tested directly;
 * it is fed the public contributions from loadSite(), whatever their kind.
 */

/** Below this many works, a journey is shown without its exact count: one contributor must not be singled out. */
export const SMALL_JOURNEY = 3;

interface ContributionLike {
  id: string;
  collection: string;
  data: { originCountries: readonly string[]; residenceCountry?: string; translationOf?: string };
}

export interface Journey {
  origin: string;
  residence: string;
  /** Exact number of works; never print it when `small` is true. */
  count: number;
  /** Fewer than SMALL_JOURNEY works: drawn and listed as "fewer than 3". */
  small: boolean;
}

export interface Journeys {
  /** Largest first, then by codes (small journeys by codes only), so output is stable. */
  journeys: Journey[];
  /** Every origin country of a journey or of an entry without a residence. */
  origins: string[];
  /** Every residence country of a journey. */
  residences: string[];
}

/**
 * A translation is the same person's journey again, so it counts with its
 * original: counts are of works, not of language versions.
 */
const workKey = (e: ContributionLike) => `${e.collection}/${e.data.translationOf ?? e.id}`;

export function journeysOf(contributions: readonly ContributionLike[]): Journeys {
  const works = new Map<string, Set<string>>();
  const origins = new Set<string>();
  for (const e of contributions) {
    for (const origin of e.data.originCountries) {
      origins.add(origin);
      const residence = e.data.residenceCountry;
      // Living in the country of one's roots is not a journey to draw.
      if (!residence || residence === origin) continue;
      const key = `${origin}>${residence}`;
      if (!works.has(key)) works.set(key, new Set());
      works.get(key)!.add(workKey(e));
    }
  }
  const journeys = [...works].map(([key, set]) => {
    const [origin, residence] = key.split('>') as [string, string];
    return { origin, residence, count: set.size, small: set.size < SMALL_JOURNEY };
  });
  // Small journeys sort as equals: their order must not tell a 2 from a 1.
  const rank = (j: Journey) => (j.small ? 0 : j.count);
  journeys.sort((a, b) => rank(b) - rank(a) || a.origin.localeCompare(b.origin) || a.residence.localeCompare(b.residence));
  return {
    journeys,
    origins: [...origins].sort(),
    residences: [...new Set(journeys.map((j) => j.residence))].sort(),
  };
}

/** Stroke width for a journey: every small journey gets the same width, so the drawing does not leak 1 from 2. */
export function journeyWeight(j: Pick<Journey, 'count' | 'small'>): number {
  if (j.small) return 1.5;
  return Math.min(10, 1.5 + 1.6 * Math.sqrt(j.count - (SMALL_JOURNEY - 1)));
}
