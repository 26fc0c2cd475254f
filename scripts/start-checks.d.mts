/** Types for start-checks.mjs (used by scripts/start.mjs and its unit test). */
export interface CmsRepoState {
  ok: boolean;
  branch?: string;
  problem?: 'no-git' | 'not-a-repo' | 'no-commit' | 'detached' | 'dirty';
  details?: string[];
}
export function cmsRepoState(dir: string): CmsRepoState;
export function explain(state: CmsRepoState): string;
