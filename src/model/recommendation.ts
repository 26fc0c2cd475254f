/**
 * A youth recommendation from an alliance session: localized title and
 * Markdown text, who is asked to act, the stories and videos behind it (in
 * the curators' order) and its dated status history. The current status is
 * the latest step.
 */
import { count, date, displayName, flag, ref, text, z } from './fields';
import { localized } from './campaign';
import { fieldMeta } from './meta';
import { ADDRESSEE_IDS, RECOMMENDATION_STATUS_IDS, THEME_IDS, type RecommendationStatus } from './taxonomy';

/** Markdown text: rendered by src/markdown/ (the stories' pipeline), so raw HTML fails the build. */
const markdownText = (max: number) =>
  text(max, 'text').register(fieldMeta, { kind: 'markdown' });

const evidenceItem = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('story'), story: ref('stories') }),
    z.strictObject({ type: z.literal('video'), video: ref('videos') }),
  ],
  { error: 'Each piece of evidence is { type: story, story: <slug> } or { type: video, video: <slug> }.' },
);

const OFFICIAL_LINK = /^https:\/\/[^\s]+$/;

const statusStep = z.strictObject(
  {
    status: z
      .enum(RECOMMENDATION_STATUS_IDS as [RecommendationStatus, ...RecommendationStatus[]], {
        error: (i) => `"${String(i.input)}" is not a status. Use one of: ${RECOMMENDATION_STATUS_IDS.join(', ')}.`,
      })
      .register(fieldMeta, { kind: 'choice', list: 'recommendationStatuses' }),
    date: date(),
    /** Who adopted it (required for "adopted"), e.g. "Ministry of Health of Georgia". */
    body: localized(text(120, 'adopting body')).optional(),
    link: z
      .string({ error: 'Write the link as a web address in quotes.' })
      .regex(OFFICIAL_LINK, { error: (i) => `"${String(i.input)}" is not a public https:// address. Link to the official document, e.g. "https://example.org/decision.pdf".` })
      .register(fieldMeta, { kind: 'text' })
      .optional(),
    note: localized(text(200, 'note')).optional(),
  },
  { error: 'Each status step is { status: proposed, date: YYYY-MM-DD } with optional body, link and note.' },
);

const credit = z.strictObject(
  {
    draftedBy: count('young people who drafted it').min(1, { error: 'At least one young person drafted it: write draftedBy: 1 or more.' }),
    names: z
      .array(
        z.strictObject(
          { name: displayName(), consent: flag(false) },
          {
            error: (i) =>
              i.code === 'unrecognized_keys'
                ? `A credited name holds only name and consent; remove ${i.keys.join(', ')}: contact details never go in the content files.`
                : 'Credit a name as { name: "Ana", consent: true }.',
          },
        ),
      )
      .register(fieldMeta, { kind: 'list' })
      .default([]),
  },
  { error: 'Write credit as { draftedBy: 12 } with optional names: [{ name: "Ana", consent: true }].' },
);

export const recommendationSchema = () =>
  z
    .strictObject({
      title: localized(text(160, 'title')),
      text: localized(markdownText(6000)),
      theme: z
        .enum(THEME_IDS, { error: (i) => `"${String(i.input)}" is not a theme. Use one of: ${THEME_IDS.join(', ')}.` })
        .register(fieldMeta, { kind: 'choice', list: 'themes' }),
      addressees: z
        .array(z.enum(ADDRESSEE_IDS as [string, ...string[]], { error: (i) => `"${String(i.input)}" is not an addressee. Use one of: ${ADDRESSEE_IDS.join(', ')}.` }), {
          error: `List who is asked to act, e.g. [origin-governments]. Choose from: ${ADDRESSEE_IDS.join(', ')}.`,
        })
        .min(1, { error: `Name at least one addressee: ${ADDRESSEE_IDS.join(', ')}.` })
        .register(fieldMeta, { kind: 'choice', list: 'addressees', multiple: true }),
      session: ref('sessions'),
      evidence: z
        .array(evidenceItem, { error: 'List the evidence: - { type: story, story: <slug> }.' })
        .min(1, { error: 'A recommendation needs at least one story or video as evidence.' })
        .register(fieldMeta, { kind: 'list' }),
      credit,
      statusHistory: z
        .array(statusStep, { error: 'List the status steps, starting with - { status: proposed, date: YYYY-MM-DD }.' })
        .min(1, { error: 'Give at least one status step, e.g. - { status: proposed, date: 2026-05-14 }.' })
        .register(fieldMeta, { kind: 'list' }),
      /** Publication date: a future date keeps it unpublished until a build on or after that day. */
      published: date(),
      draft: flag(false),
    })
    .superRefine((r, ctx) => {
      r.statusHistory.forEach((step, i) => {
        const prev = r.statusHistory[i - 1];
        if (prev && step.date.getTime() < prev.date.getTime())
          ctx.addIssue({ code: 'custom', path: ['statusHistory', i, 'date'], message: 'Status steps must be in date order, oldest first: move this step or correct its date.' });
        if (step.status === 'adopted' && !step.body)
          ctx.addIssue({ code: 'custom', path: ['statusHistory', i, 'body'], message: 'Say who adopted it: add body: { en: "Ministry of Health of Georgia" }.' });
      });
      if (r.credit.names.length > r.credit.draftedBy)
        ctx.addIssue({ code: 'custom', path: ['credit', 'names'], message: `More names (${r.credit.names.length}) than people who drafted it (${r.credit.draftedBy}): correct draftedBy.` });
      const seen = new Set<string>();
      r.evidence.forEach((e, i) => {
        const key = e.type === 'story' ? `story:${e.story}` : `video:${e.video}`;
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['evidence', i], message: 'This evidence is listed twice: remove the repeat.' });
        seen.add(key);
      });
    });

export type RecommendationData = z.output<ReturnType<typeof recommendationSchema>>;
export type StatusStep = RecommendationData['statusHistory'][number];

/** The current status: the latest step (steps are in date order). */
export const currentStep = (r: { statusHistory: readonly StatusStep[] }): StatusStep => r.statusHistory[r.statusHistory.length - 1]!;
export const currentStatus = (r: { statusHistory: readonly StatusStep[] }): RecommendationStatus => currentStep(r).status;

/** When the recommendation last changed: its latest status step, or publication if later. Feeds use it as the update time. */
export const lastChanged = (r: { statusHistory: readonly StatusStep[]; published: Date }): Date =>
  new Date(Math.max(r.published.getTime(), currentStep(r).date.getTime()));

/** Credited names that may be shown: only those whose own consent is recorded. */
export const publicNames = (r: { credit: { names: readonly { name: string; consent: boolean }[] } }): string[] =>
  r.credit.names.filter((n) => n.consent === true).map((n) => n.name);
