/**
 * Recommendations and the stories behind them, computed once per build from
 * public entries only (no Astro imports, so unit-tested directly). Evidence
 * that did not pass the publication gate is simply absent: nothing about it
 * (not even its slug) leaves this module.
 */
import { currentStatus, lastChanged } from '../model/recommendation';
import { RECOMMENDATION_STATUS_IDS, type RecommendationStatus, type ThemeId } from '../model/taxonomy';

interface EvidenceRef { type: 'story' | 'video'; story?: string; video?: string }
interface RecLike {
  id: string;
  data: { theme: ThemeId; session: string; evidence: readonly EvidenceRef[]; statusHistory: readonly { status: RecommendationStatus; date: Date }[]; published: Date };
}
interface ContributionLike { id: string; collection: string }

/** "stories/<id>" or "videos/<id>": how a contribution is keyed in the reverse index. */
export const contributionKey = (e: ContributionLike) => `${e.collection}/${e.id}`;
const refKey = (r: EvidenceRef) => (r.type === 'story' ? `stories/${r.story}` : `videos/${r.video}`);

export interface Evidence<R, C> {
  /** Public evidence of each recommendation, in the curators' order. */
  of: Map<string, C[]>;
  /** For each public story/video key, the recommendations it informed (newest change first). */
  informed: Map<string, R[]>;
  /** Recommendations left with no public evidence: the team is warned at build time. */
  orphans: R[];
}

/** Resolves every recommendation's evidence against the public contributions, and the reverse links, in one pass. */
export function linkEvidence<R extends RecLike, C extends ContributionLike>(recommendations: R[], contributions: C[]): Evidence<R, C> {
  const publicByKey = new Map(contributions.map((c) => [contributionKey(c), c]));
  const of = new Map<string, C[]>();
  const informed = new Map<string, R[]>();
  const orphans: R[] = [];
  for (const r of recommendations) {
    const items = r.data.evidence.map((ref) => publicByKey.get(refKey(ref))).filter((c): c is C => c !== undefined);
    of.set(r.id, items);
    if (items.length === 0) orphans.push(r);
    for (const c of items) {
      const key = contributionKey(c);
      const list = informed.get(key) ?? [];
      list.push(r);
      informed.set(key, list);
    }
  }
  return { of, informed, orphans };
}

/** The build warning for recommendations whose evidence is no longer public. */
export const orphanWarning = (orphans: { id: string }[]) =>
  orphans.length === 0
    ? undefined
    : `[ydv] ${orphans.length} recommendation${orphans.length > 1 ? 's have' : ' has'} no public evidence left (a cited story or video was withdrawn or unpublished): ` +
      `${orphans.map((r) => `content/recommendations/${r.id}/index.md`).join(', ')}. Their pages say the evidence is no longer public; add other evidence or review them.`;

/** Recommendations newest change first. */
export const byLastChange = <R extends RecLike>(a: R, b: R) => lastChanged(b.data).getTime() - lastChanged(a.data).getTime();

/** How many recommendations are at each status (every status present, zero included). Used by the listing chart and the numbers page. */
export function countByStatus(recommendations: RecLike[]): Record<RecommendationStatus, number> {
  const counts = Object.fromEntries(RECOMMENDATION_STATUS_IDS.map((s) => [s, 0])) as Record<RecommendationStatus, number>;
  for (const r of recommendations) counts[currentStatus(r.data)]++;
  return counts;
}

export type ThemeFilter = ThemeId | 'all';
export type StatusFilter = RecommendationStatus | 'all';

export const filterRecommendations = <R extends RecLike>(recs: R[], theme: ThemeFilter, status: StatusFilter) =>
  recs.filter((r) => (theme === 'all' || r.data.theme === theme) && (status === 'all' || currentStatus(r.data) === status));

export const bySession = <R extends RecLike>(recs: R[], sessionId: string) => recs.filter((r) => r.data.session === sessionId);
