/** The rules that protect authors under 18 (src/model/minors.ts), in the schema and in the CMS save check. */
import { describe, expect, it } from 'vitest';
import { issues, story, validStory, validVideo, video } from '../support/model';
import { datePrecision, isoPublicDate, mentions, monthOf } from '../../src/model/minors';
import { prepareEntry } from '../../cms/admin/save';
import { CMS_LABELS } from '../../cms/labels';
import { LOCALES } from '../../src/i18n';
import { contributionPoster } from '../../src/lib/og';

const confirmed = { by: 'Lea', method: 'signed-form-offline', date: '2026-03-10' };
const minorStory = (change: Record<string, unknown> = {}) => ({
  ...validStory(),
  author: { name: 'Mere', pseudonym: false, ageGroup: 'under-18' },
  consent: { publication: true, guardian: true, date: '2026-03-01' },
  guardianConfirmation: confirmed,
  ...change,
});

describe('an author under 18', () => {
  it('is published with a first name and the team’s confirmation', () => {
    expect(issues(story, minorStory())).toEqual([]);
  });

  it('needs the team’s confirmation of the guardian’s consent unless the entry is a draft or withdrawn', () => {
    const { guardianConfirmation: _g, ...waiting } = minorStory();
    expect(issues(story, waiting)).toEqual([expect.stringMatching(/^guardianConfirmation: The author is under 18: .*request.*keep draft: true/)]);
    expect(issues(story, { ...waiting, draft: true })).toEqual([]);
    expect(issues(story, { ...waiting, withdrawn: true })).toEqual([]);
    expect(issues(video, { ...validVideo(), ...waiting })).toEqual([expect.stringMatching(/^guardianConfirmation:/)]);
  });

  it('keeps no guardian details in the confirmation, and dates it before publication', () => {
    const extra = issues(story, minorStory({ guardianConfirmation: { ...confirmed, guardianPhone: '+33 6 12 34 56 78' } }));
    expect(extra[0]).toMatch(/^guardianConfirmation: guardianConfirmation has fields that must not be stored \(guardianPhone\)/);
    expect(issues(story, minorStory({ guardianConfirmation: { ...confirmed, method: 'whatsapp' } }))[0]).toMatch(/^guardianConfirmation\.method: "whatsapp" is not a way/);
    expect(issues(story, minorStory({ guardianConfirmation: { ...confirmed, date: '2026-04-01' } }))[0]).toMatch(/^guardianConfirmation\.date: .*confirmed after the publication date/);
  });

  it('refuses a display name of more than one word unless it is a pseudonym', () => {
    const full = issues(story, minorStory({ author: { name: 'Mere Tuilagi', pseudonym: false, ageGroup: 'under-18' } }));
    expect(full).toEqual([expect.stringMatching(/^author\.name: The author is under 18, .*"Mere Tuilagi" has more than one word\. Keep the first name only, or.*pseudonym: true/)]);
    expect(issues(story, minorStory({ author: { name: 'Blue Heron', pseudonym: true, ageGroup: 'under-18' } }))).toEqual([]);
    // Adults may use their full name.
    expect(issues(story, { ...validStory(), author: { name: 'Mere Tuilagi', pseudonym: false, ageGroup: '18-24' } })).toEqual([]);
  });

  it('refuses the display name repeated in the summary, the cover or the poster description', () => {
    expect(issues(story, minorStory({ summary: 'How mere words… no: how MERE started a team.' }))).toEqual([expect.stringMatching(/^summary: The author is under 18 and the summary repeats their name "Mere"/)]);
    expect(issues(story, minorStory({ cover: { src: './c.jpg', alt: 'Mere holding the ball' } }))).toEqual([expect.stringMatching(/^cover\.alt: .*repeats their name "Mere"\. Describe the image without naming them/)]);
    const v = { ...validVideo(), ...minorStory(), poster: { src: './p.jpg', alt: 'Portrait of Mere' } };
    expect(issues(video, v)).toEqual([expect.stringMatching(/^poster\.alt: /)]);
    // Part of a longer word is not the name.
    expect(issues(story, minorStory({ summary: 'Meredith Street floods every June.' }))).toEqual([]);
  });

  it('finds names as whole words in any script', () => {
    expect(mentions('Ніно пише', 'Ніно')).toBe(true);
    expect(mentions('ნინო წერს', 'ნინო')).toBe(true);
    expect(mentions('Ninotchka', 'Nino')).toBe(false);
    expect(mentions('(J.) wrote', 'J.')).toBe(true);
  });

  it('shows dates to the month only', () => {
    const d = new Date('2026-02-27T00:00:00Z');
    expect(monthOf(d).toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(datePrecision({ author: { ageGroup: 'under-18' } })).toBe('month');
    expect(datePrecision({ author: { ageGroup: '18-24' } })).toBe('day');
    expect(isoPublicDate(d, 'month')).toBe('2026-02');
    expect(isoPublicDate(d, 'day')).toBe('2026-02-27');
  });
});

describe('share images', () => {
  it('carry no date at all for any author, so none more precise than the month', () => {
    const data = story.parse(minorStory({ published: '2026-03-14', themes: ['health'] }));
    const poster = contributionPoster({ id: 'x', collection: 'stories', data } as unknown as Parameters<typeof contributionPoster>[0]);
    expect(JSON.stringify(poster)).not.toMatch(/2026|14|March|mars|marzo/);
    expect(poster.byline).toContain('Mere');
  });
});

describe('the CMS share form', () => {
  const saved = (change: Record<string, unknown>) => {
    const { guardianConfirmation: _g, ...data } = minorStory(change);
    return data;
  };

  it('lets a contributor under 18 save without the team’s confirmation (it is the team’s step)', () => {
    expect(prepareEntry('share', saved({}), 'fr').problems).toEqual([]);
    // The team's own form does not.
    expect(prepareEntry('stories', saved({}), 'es').problems.map((p) => p.message)).toEqual([CMS_LABELS.es.messages.guardianConfirmation]);
  });

  it('applies the identity rules before saving, in the contributor’s language', () => {
    for (const l of LOCALES) {
      const m = CMS_LABELS[l].messages;
      const name = prepareEntry('share', saved({ author: { name: 'Mere Tuilagi', pseudonym: false, ageGroup: 'under-18' } }), l);
      expect(name.problems.map((p) => p.message)).toEqual([m.minorName]);
      const summary = prepareEntry('share', saved({ summary: 'Mere and the sevens team' }), l);
      expect(summary.problems.map((p) => p.message)).toEqual([m.minorNameInSummary]);
      const alt = prepareEntry('share', saved({ cover: { src: 'c.jpg', alt: 'Mere with the ball' } }), l);
      expect(alt.problems.map((p) => p.message)).toEqual([m.minorNameInAlt]);
    }
  });
});

describe('the CMS team lists', () => {
  it('show which under-18 entries wait for the team’s confirmation, and the contributor forms never ask for it', async () => {
    const { buildCmsConfig, walkFields } = await import('../../cms/config');
    for (const l of LOCALES) {
      const config = buildCmsConfig(l, { backend: { name: 'test-repo' } });
      const labels = CMS_LABELS[l].ui;
      for (const name of ['stories', 'videos'] as const) {
        const c = config.collections.find((x) => x.name === name)!;
        expect(c.view_filters).toContainEqual({ label: labels.filterUnder18, field: 'author.ageGroup', pattern: '^under-18$' });
        expect(c.summary).toContain(`{{consent.guardian | ternary(' · ${labels.guardianRequested}', '')}}`);
        expect(c.summary).toContain(`{{guardianConfirmation.by | ternary(' · ${labels.guardianConfirmed}', '')}}`);
        // Decap's ternary filter takes text between single quotes.
        expect(labels.guardianRequested + labels.guardianConfirmed).not.toContain("'");
        expect([...walkFields(c.fields)].map((f) => f.path)).toEqual(expect.arrayContaining(['guardianConfirmation.by', 'guardianConfirmation.method', 'guardianConfirmation.date']));
      }
      for (const name of ['share', 'share-video'] as const) {
        const c = config.collections.find((x) => x.name === name)!;
        expect([...walkFields(c.fields)].some((f) => f.path.startsWith('guardianConfirmation'))).toBe(false);
      }
      const support = config.collections.find((x) => x.name === 'support')!;
      expect(support.folder).toBe('content/support');
      expect(support.preview_path).toBe(`${l}/support/`);
    }
  });
});
