/** Sessions and recommendations (issue 11): every schema rule, derived status, credits and the pure evidence logic. */
import { describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';
import { sessionSchema, sessionStatus } from '../../src/model/session';
import { currentStatus, lastChanged, publicNames, recommendationSchema } from '../../src/model/recommendation';
import { exclusionReason } from '../../src/model/publish';
import { bySession, contributionKey, countByStatus, filterRecommendations, linkEvidence, orphanWarning } from '../../src/lib/recommendations';
import { findProblems, type RawEntry } from '../../src/lib/integrity';
import { issues } from '../support/model';

const image = () => z.string().regex(/^\.\/.+\.(jpe?g|png|webp)$/i);
const session = sessionSchema(image);
const recommendation = recommendationSchema();

const validSession = () => ({
  title: { en: 'Youth session, Tbilisi' },
  summary: { en: 'Two days of drafting.' },
  date: '2026-06-18',
  ends: '2026-06-19',
  format: 'hybrid',
  place: { city: 'Tbilisi', country: 'GE' },
  host: 'Global Diaspora Policy Alliance',
  themes: ['health'],
  participation: { total: 10, byAgeGroup: { 'under-18': 2, '18-24': 5 } },
});

const validRec = () => ({
  title: { en: 'Interpreters in every clinic', fr: 'Des interprètes dans chaque clinique' },
  text: { en: 'We ask for **free** interpreters.' },
  theme: 'health',
  addressees: ['residence-governments'],
  session: 'tbilisi',
  evidence: [{ type: 'story', story: 's1' }, { type: 'video', video: 'v1' }],
  credit: { draftedBy: 3, names: [{ name: 'Ana', consent: true }, { name: 'Kemal', consent: false }] },
  statusHistory: [
    { status: 'proposed', date: '2026-06-19' },
    { status: 'adopted', date: '2026-09-01', body: { en: 'City council' }, link: 'https://example.org/d.pdf' },
  ],
  published: '2026-06-25',
});

describe('session schema', () => {
  it('accepts a valid session, and an online one without a place', () => {
    expect(issues(session, validSession())).toEqual([]);
    const { place: _place, ...online } = validSession();
    expect(issues(session, { ...online, format: 'online' })).toEqual([]);
  });

  it('needs a place for in-person and hybrid sessions', () => {
    const { place: _place, ...s } = validSession();
    expect(issues(session, s)).toEqual(['place: An hybrid session needs a place: add place: { city: "…", country: XX }.']);
  });

  it('refuses an end before the start, an unknown format and a bad country', () => {
    expect(issues(session, { ...validSession(), ends: '2026-06-01' })).toEqual(['ends: The session ends before it starts: make ends on or after date.']);
    expect(issues(session, { ...validSession(), format: 'zoom' })[0]).toMatch(/^format: "zoom" is not a session format\. Use one of: in-person, online, hybrid/);
    expect(issues(session, { ...validSession(), place: { city: 'X', country: 'XX' } })[0]).toMatch(/^place\.country: "XX" is not an ISO/);
  });

  it('holds counts only: names of participants are refused, age counts cannot exceed the total', () => {
    expect(issues(session, { ...validSession(), participation: { total: 10, names: ['Ana'] } })[0]).toMatch(/^participation: participation holds counts only .*remove names/);
    expect(issues(session, { ...validSession(), participation: { total: 3, byAgeGroup: { '18-24': 4 } } })).toEqual([
      'participation.byAgeGroup: The age-group counts add up to 4, more than the total (3). Correct the counts or the total.',
    ]);
    expect(issues(session, { ...validSession(), participation: { total: -1 } })[0]).toMatch(/cannot be negative/);
    expect(issues(session, { ...validSession(), participation: { total: 2.5 } })[0]).toMatch(/whole number/);
  });

  it('derives upcoming / held from the date', () => {
    const s = { date: new Date('2026-06-18') };
    expect(sessionStatus(s, new Date('2026-06-17T23:59:59Z'))).toBe('upcoming');
    expect(sessionStatus(s, new Date('2026-06-18T00:00:00Z'))).toBe('held');
  });
});

describe('recommendation schema', () => {
  it('accepts a valid recommendation', () => {
    expect(issues(recommendation, validRec())).toEqual([]);
  });

  it('needs at least one piece of evidence, each a story or a video, listed once', () => {
    expect(issues(recommendation, { ...validRec(), evidence: [] })).toEqual(['evidence: A recommendation needs at least one story or video as evidence.']);
    expect(issues(recommendation, { ...validRec(), evidence: [{ type: 'poem', poem: 'x' }] })[0]).toMatch(/^evidence\.0\.type: Each piece of evidence is/);
    expect(issues(recommendation, { ...validRec(), evidence: [{ type: 'story', story: 's1' }, { type: 'story', story: 's1' }] })).toEqual(['evidence.1: This evidence is listed twice: remove the repeat.']);
  });

  it('checks the theme (one of three) and the addressees (the fixed list)', () => {
    expect(issues(recommendation, { ...validRec(), theme: 'sport' })[0]).toMatch(/^theme: "sport" is not a theme/);
    expect(issues(recommendation, { ...validRec(), addressees: ['ministers'] })[0]).toMatch(/^addressees\.0: "ministers" is not an addressee\. Use one of: origin-governments/);
    expect(issues(recommendation, { ...validRec(), addressees: [] })[0]).toMatch(/^addressees: Name at least one addressee/);
  });

  it('keeps the status history in date order, names who adopted it, links only to https documents', () => {
    const steps = validRec().statusHistory;
    expect(issues(recommendation, { ...validRec(), statusHistory: [steps[1], steps[0]] })).toContain('statusHistory.1.date: Status steps must be in date order, oldest first: move this step or correct its date.');
    expect(issues(recommendation, { ...validRec(), statusHistory: [steps[0], { status: 'adopted', date: '2026-09-01' }] })).toEqual([
      'statusHistory.1.body: Say who adopted it: add body: { en: "Ministry of Health of Georgia" }.',
    ]);
    expect(issues(recommendation, { ...validRec(), statusHistory: [{ ...steps[0], link: 'http://example.org/x' }] })[0]).toMatch(/^statusHistory\.0\.link: "http:\/\/example\.org\/x" is not a public https:\/\/ address/);
    expect(issues(recommendation, { ...validRec(), statusHistory: [{ status: 'forgotten', date: '2026-01-01' }] })[0]).toMatch(/^statusHistory\.0\.status: "forgotten" is not a status/);
    expect(issues(recommendation, { ...validRec(), statusHistory: [] })[0]).toMatch(/^statusHistory: Give at least one status step/);
  });

  it('credits counts and consented names only, never contact details', () => {
    expect(issues(recommendation, { ...validRec(), credit: { draftedBy: 1, names: [{ name: 'a@b.org', consent: true }] } })[0]).toMatch(/^credit\.names\.0\.name: This name looks like an e-mail address/);
    expect(issues(recommendation, { ...validRec(), credit: { draftedBy: 1, names: [{ name: 'Ana', consent: true, email: 'a@b.org' }] } })[0]).toMatch(/remove email/);
    expect(issues(recommendation, { ...validRec(), credit: { draftedBy: 1, names: [{ name: 'A', consent: true }, { name: 'B', consent: true }] } })[0]).toMatch(/^credit\.names: More names \(2\) than people who drafted it \(1\)/);
    expect(issues(recommendation, { ...validRec(), credit: { draftedBy: 0 } })[0]).toMatch(/^credit\.draftedBy: At least one young person drafted it/);
    const parsed = recommendation.parse(validRec());
    expect(publicNames(parsed)).toEqual(['Ana']);
    // A name without its consent flag is not shown.
    expect(publicNames(recommendation.parse({ ...validRec(), credit: { draftedBy: 2, names: [{ name: 'Noor' }] } }))).toEqual([]);
  });

  it('needs English and allows fr/es per field', () => {
    expect(issues(recommendation, { ...validRec(), title: { fr: 'Seulement en français' } })[0]).toMatch(/^title\.en: The title is missing/);
  });

  it('current status is the latest step; the last change is its date', () => {
    const r = recommendation.parse(validRec());
    expect(currentStatus(r)).toBe('adopted');
    expect(lastChanged(r).toISOString().slice(0, 10)).toBe('2026-09-01');
  });

  it('goes through the one publication gate: drafts and future dates are hidden', () => {
    const now = new Date('2026-07-01');
    expect(exclusionReason(recommendation.parse(validRec()), now)).toBeNull();
    expect(exclusionReason(recommendation.parse({ ...validRec(), draft: true }), now)).toBe('draft');
    expect(exclusionReason(recommendation.parse({ ...validRec(), published: '2026-08-01' }), now)).toBe('future');
    expect(exclusionReason(session.parse({ ...validSession(), draft: true }), now)).toBe('draft');
    // An upcoming session is public: its date is when it happens, not a publication date.
    expect(exclusionReason(session.parse({ ...validSession(), date: '2027-01-01', ends: undefined }), now)).toBeNull();
  });
});

const rec = (id: string, evidence: { type: 'story' | 'video'; story?: string; video?: string }[], status = 'proposed', theme = 'health', sessionId = 'tbilisi') => ({
  id,
  data: recommendation.parse({ ...validRec(), evidence, theme, session: sessionId, statusHistory: [{ status, date: '2026-06-19', ...(status === 'adopted' ? { body: { en: 'X' } } : {}) }] }),
});
const contribution = (collection: 'stories' | 'videos', id: string) => ({ collection, id });

describe('evidence and reverse links', () => {
  const publicEntries = [contribution('stories', 's1'), contribution('stories', 's3'), contribution('videos', 'v1')];
  const recs = [
    rec('r1', [{ type: 'story', story: 's3' }, { type: 'story', story: 'withdrawn' }, { type: 'video', video: 'v1' }]),
    rec('r2', [{ type: 'story', story: 'withdrawn' }], 'adopted', 'gender'),
    rec('r3', [{ type: 'story', story: 's3' }], 'endorsed', 'climate', 'other'),
  ];

  it('keeps public evidence in the curators’ order and drops what is not public', () => {
    const { of } = linkEvidence(recs, publicEntries);
    expect(of.get('r1')!.map(contributionKey)).toEqual(['stories/s3', 'videos/v1']);
    expect(of.get('r2')).toEqual([]);
  });

  it('indexes which recommendations each public entry informed, and nothing for non-public ones', () => {
    const { informed } = linkEvidence(recs, publicEntries);
    expect(informed.get('stories/s3')!.map((r) => r.id)).toEqual(['r1', 'r3']);
    expect(informed.get('videos/v1')!.map((r) => r.id)).toEqual(['r1']);
    expect(informed.has('stories/withdrawn')).toBe(false);
    expect(informed.has('stories/s1')).toBe(false);
  });

  it('reports recommendations left without public evidence, naming their files', () => {
    const { orphans } = linkEvidence(recs, publicEntries);
    expect(orphans.map((r) => r.id)).toEqual(['r2']);
    expect(orphanWarning(orphans)).toMatch(/1 recommendation has no public evidence left .*content\/recommendations\/r2\/index\.md/);
    expect(orphanWarning([])).toBeUndefined();
  });

  it('counts by current status (every status, zero included) and filters by theme, status and session', () => {
    expect(countByStatus(recs)).toEqual({ proposed: 1, endorsed: 1, adopted: 1, implemented: 0, 'not-taken-up': 0 });
    expect(filterRecommendations(recs, 'gender', 'all').map((r) => r.id)).toEqual(['r2']);
    expect(filterRecommendations(recs, 'all', 'endorsed').map((r) => r.id)).toEqual(['r3']);
    expect(filterRecommendations(recs, 'health', 'adopted')).toEqual([]);
    expect(bySession(recs, 'other').map((r) => r.id)).toEqual(['r3']);
  });
});

describe('integrity of session and recommendation references', () => {
  const entries = (): RawEntry[] => [
    { collection: 'stories', id: 's1', filePath: 'content/stories/s1/index.md', data: {} },
    { collection: 'videos', id: 'v1', filePath: 'content/videos/v1/index.md', data: { captions: [] } },
    { collection: 'sessions', id: 'tbilisi', filePath: 'content/sessions/tbilisi/index.md', data: { recording: 'v1' } },
    { collection: 'recommendations', id: 'r1', filePath: 'content/recommendations/r1/index.md', data: { session: 'tbilisi', evidence: [{ type: 'story', story: 's1' }, { type: 'video', video: 'v1' }] } },
  ];

  it('passes when every reference exists', () => {
    expect(findProblems(entries())).toEqual([]);
  });

  it('names file, field and the existing ids for an unknown session, evidence or recording', () => {
    const e = entries();
    e[2]!.data.recording = 'v9';
    e[3]!.data.session = 'lima';
    e[3]!.data.evidence[0].story = 's9';
    expect(findProblems(e)).toEqual([
      'content/sessions/tbilisi/index.md: recording refers to "v9", but there is no content/videos/v9/index.md. Fix the folder name or remove recording (existing: v1).',
      'content/recommendations/r1/index.md: session refers to "lima", but there is no content/sessions/lima/index.md. Fix the folder name or remove session (existing: tbilisi).',
      'content/recommendations/r1/index.md: evidence[0].story refers to "s9", but there is no content/stories/s9/index.md. Fix the folder name or remove evidence[0].story (existing: s1).',
    ]);
  });
});

describe('recommendation text goes through the stories’ Markdown pipeline', () => {
  it('renders Markdown and refuses raw HTML, naming the file and the field', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { renderFieldMarkdown } = await import('../../src/markdown/render');
    expect(await renderFieldMarkdown('We ask for **free** interpreters.', 'content/recommendations/r1/index.md', 'text.en')).toContain('<strong>free</strong>');
    await expect(renderFieldMarkdown('Hello\n\n<script>alert(1)</script>', 'content/recommendations/r1/index.md', 'text.fr')).rejects.toThrow(
      /content\/recommendations\/r1\/index\.md#text\.fr:3: the body text contains raw HTML/,
    );
  });
});
