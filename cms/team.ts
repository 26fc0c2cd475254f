/**
 * The team's collection lists (Stories (team), Videos (team)): each entry
 * shows its age group, guardian consent, date, draft and withdrawn flags at a
 * glance, with filters and groups for finding one. Workflow status (draft,
 * in review, ready) lives in git branches, not in the file, so Decap can only
 * show it on the Workflow board; a list entry is on the site's branch.
 */
import type { CmsLabels } from './labels';
import type { DecapCollection } from './decap';

/** `guardian` holds the safeguarding markers (cms/config.ts guardianWatch): guardian consent requested, confirmed by the team. */
export function teamListView(labels: CmsLabels, guardian: Partial<DecapCollection>): Partial<DecapCollection> {
  const t = labels.team;
  const marks = (guardian.summary ?? '{{title}}').replace(/^\{\{title\}\}/, '');
  return {
    summary: `{{title}} · {{author.ageGroup}}${marks} · {{published | date('YYYY-MM-DD')}}{{draft | ternary(' · ${t.draft}', '')}}{{withdrawn | ternary(' · ${t.withdrawn}', '')}}`,
    sortable_fields: ['published', 'title', 'author.ageGroup'],
    view_filters: [
      { label: t.filterWithdrawn, field: 'withdrawn', pattern: true },
      { label: t.filterDraft, field: 'draft', pattern: true },
      ...(guardian.view_filters ?? []),
      { label: t.filterNoGuardian, field: 'consent.guardian', pattern: false },
    ],
    view_groups: [
      { label: t.groupAge, field: 'author.ageGroup' },
      { label: t.groupWithdrawn, field: 'withdrawn' },
      { label: t.groupYear, field: 'published', pattern: '\\d{4}' },
    ],
  };
}
