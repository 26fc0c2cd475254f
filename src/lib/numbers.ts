/**
 * The numbers a team reports on: counts of public entries, never titles or
 * names. One list of sections feeds the /<locale>/numbers/ page, /numbers.csv
 * and /numbers.json, so the three cannot disagree. Pure (no Astro imports).
 *
 * A new aggregate is one function added to SECTIONS; one that returns
 * undefined (recommendations, while the site has none) is left out.
 */

interface ContributionLike {
  collection: string;
  data: { themes: readonly string[]; originCountries: readonly string[]; residenceCountry?: string; language: string; published: Date; campaign?: string };
}
interface CampaignLike {
  id: string;
}

export interface NumbersInput {
  /** Public contributions (loadSite().contributions), of every kind. */
  contributions: readonly ContributionLike[];
  campaigns: readonly CampaignLike[];
  /** Public entries of a campaign (featured or tagged). */
  campaignCount: (campaign: CampaignLike) => number;
  /** The current status of each public recommendation, once the site has them (issue 11). */
  recommendationStatuses?: readonly string[];
}

export interface Row {
  /** A code, never a name: theme id, collection, ISO country, BCP 47 language, YYYY-MM, campaign id, or NONE. */
  key: string;
  count: number;
}
export interface Section {
  id: string;
  rows: Row[];
}

/** Key for entries that leave an optional field empty (no residence country). */
export const NONE = 'none';

const tally = (keys: Iterable<string>, order: 'count' | 'key' = 'count'): Row[] => {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  const rows = [...m].map(([key, count]) => ({ key, count }));
  return rows.sort((a, b) => (order === 'count' ? b.count - a.count : 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
};

type SectionFn = (input: NumbersInput) => Section | undefined;

const month = (d: Date) => d.toISOString().slice(0, 7);
/** Every month from the first entry to the last, empty months included, so a chart over time has no gaps. */
function months(input: NumbersInput): Section {
  const rows = tally(input.contributions.map((e) => month(e.data.published)), 'key');
  if (rows.length === 0) return { id: 'month', rows };
  const filled: Row[] = [];
  const [first, last] = [rows[0]!.key, rows.at(-1)!.key];
  for (let d = new Date(`${first}-01T00:00:00Z`); month(d) <= last; d.setUTCMonth(d.getUTCMonth() + 1))
    filled.push({ key: month(d), count: rows.find((r) => r.key === month(d))?.count ?? 0 });
  return { id: 'month', rows: filled };
}

export const SECTIONS: SectionFn[] = [
  ({ contributions }) => ({ id: 'theme', rows: tally(contributions.flatMap((e) => e.data.themes)) }),
  ({ contributions }) => ({ id: 'format', rows: tally(contributions.map((e) => e.collection)) }),
  ({ contributions }) => ({ id: 'origin', rows: tally(contributions.flatMap((e) => e.data.originCountries)) }),
  ({ contributions }) => ({ id: 'residence', rows: tally(contributions.map((e) => e.data.residenceCountry ?? NONE)) }),
  ({ contributions }) => ({ id: 'language', rows: tally(contributions.map((e) => e.data.language)) }),
  months,
  ({ campaigns, campaignCount }) => ({ id: 'campaign', rows: campaigns.map((c) => ({ key: c.id, count: campaignCount(c) })) }),
  ({ recommendationStatuses: s }) => (s?.length ? { id: 'recommendation', rows: tally(s) } : undefined),
];

export interface Numbers {
  total: number;
  sections: Section[];
}

export function computeNumbers(input: NumbersInput): Numbers {
  return {
    total: input.contributions.length,
    sections: SECTIONS.map((f) => f(input)).filter((s): s is Section => s !== undefined),
  };
}

/** One row per count: section,key,count. Keys are codes, so the file reads the same in every language. */
export function numbersCsv(n: Numbers): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = ['section,key,count', `total,all,${n.total}`];
  for (const s of n.sections) for (const r of s.rows) lines.push([s.id, r.key, String(r.count)].map(quote).join(','));
  return lines.join('\n') + '\n';
}

/** { total, sections: { theme: { health: 12, … }, … } }: insertion order is the page's order. */
export function numbersJson(n: Numbers, generated: Date): string {
  const sections = Object.fromEntries(n.sections.map((s) => [s.id, Object.fromEntries(s.rows.map((r) => [r.key, r.count]))]));
  return JSON.stringify({ generated: generated.toISOString().slice(0, 10), total: n.total, sections }, null, 2) + '\n';
}
