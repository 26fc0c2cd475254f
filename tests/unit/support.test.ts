/** The support directory's rules (src/model/support.ts, src/lib/support.ts) and the safeguarding links (src/lib/safeguarding.ts). */
import { describe, expect, it } from 'vitest';
import { issues } from '../support/model';
import { freshness, isSample, supportSchema, type SupportData } from '../../src/model/support';
import { loadSupport, needsSupport, supportFor, byCountry, type SupportService } from '../../src/lib/support';
import { concernMailto, takedownMailto } from '../../src/lib/safeguarding';
import { SITE } from '../../src/config/site';
import { ContentError } from '../../src/lib/integrity';

const schema = supportSchema();
const valid = () => ({
  name: 'Línea Joven',
  themes: ['health'],
  countries: ['PE'],
  languages: ['es', 'qu'],
  contact: { phone: '+51 1 234 5678' },
  hours: { en: 'Every day.' },
  verified: '2026-11-01',
});

describe('support entry schema', () => {
  it('accepts an entry and applies defaults', () => {
    const s = schema.parse(valid());
    expect(s.tags).toEqual([]);
    expect(s.international).toBe(false);
    expect(s.draft).toBe(false);
  });

  it('needs a way to reach the service, and only public contact points', () => {
    expect(issues(schema, { ...valid(), contact: {} })[0]).toMatch(/^contact: Give at least one way to reach the service/);
    expect(issues(schema, { ...valid(), contact: { phone: '+51 1 234 5678', email: 'x@y.org' } })[0]).toMatch(/^contact: contact has fields we do not publish \(email\)/);
  });

  it('accepts international numbers and short codes, refuses anything else', () => {
    for (const phone of ['+679 331 2345', '+995-32-2-123456', '116 111', '988', '+000 0000 0101']) expect(issues(schema, { ...valid(), contact: { phone } }), phone).toEqual([]);
    for (const phone of ['call us', '12', '+51 (1) 234 5678', 'tel:+51123']) expect(issues(schema, { ...valid(), contact: { phone } })[0], phone).toMatch(/^contact\.phone: ".*" is not a phone number we can show/);
  });

  it('takes only https addresses', () => {
    expect(issues(schema, { ...valid(), contact: { website: 'http://example.org/' } })[0]).toMatch(/^contact\.website: .*starting with https:\/\//);
    expect(issues(schema, { ...valid(), contact: { chat: 'https://chat.example.org/x?y=1' } })).toEqual([]);
  });

  it('must say where it helps: countries or international', () => {
    expect(issues(schema, { ...valid(), countries: [] })[0]).toMatch(/^countries: Say where the service helps/);
    expect(issues(schema, { ...valid(), countries: [], international: true })).toEqual([]);
    expect(issues(schema, { ...valid(), countries: ['XX'] })[0]).toMatch(/^countries\.0: "XX" is not an ISO 3166-1/);
  });

  it('needs English hours and at least one language', () => {
    expect(issues(schema, { ...valid(), hours: { fr: 'Tous les jours.' } })[0]).toMatch(/^hours\.en:/);
    expect(issues(schema, { ...valid(), languages: [] })[0]).toMatch(/^languages: Name at least one language/);
  });
});

describe('freshness', () => {
  const verified = new Date('2025-03-15T00:00:00Z');
  it('is fresh for 12 months, stale until 24, then expired', () => {
    expect(freshness(verified, new Date('2026-03-15T00:00:00Z'))).toBe('fresh');
    expect(freshness(verified, new Date('2026-03-16T00:00:00Z'))).toBe('stale');
    expect(freshness(verified, new Date('2027-03-15T00:00:00Z'))).toBe('stale');
    expect(freshness(verified, new Date('2027-03-16T00:00:00Z'))).toBe('expired');
  });

  it('warns for stale entries and refuses expired ones, naming the file; drafts are skipped', () => {
    const entry = (id: string, verifiedOn: string, draft = false) => ({ id, filePath: `content/support/${id}/index.md`, data: schema.parse({ ...valid(), verified: verifiedOn, draft }) });
    const warnings: string[] = [];
    const now = new Date('2026-12-01T00:00:00Z');
    const loaded = loadSupport([entry('b-fresh', '2026-06-01'), entry('a-stale', '2025-06-01')], now, (m) => warnings.push(m));
    expect(loaded.map((s) => [s.id, s.stale])).toEqual([
      ['b-fresh', false],
      ['a-stale', true],
    ]);
    expect(warnings).toEqual([expect.stringMatching(/^content\/support\/a-stale\/index\.md: verified is 2025-06-01, more than 12 months ago, so its hours are hidden/)]);
    expect(() => loadSupport([entry('old', '2024-06-01')], now, () => {})).toThrow(ContentError);
    expect(() => loadSupport([entry('old', '2024-06-01')], now, () => {})).toThrow(/content\/support\/old\/index\.md: verified is 2024-06-01, more than 24 months ago/);
    expect(loadSupport([entry('old', '2024-06-01', true)], now, () => {})).toEqual([]);
  });
});

describe('samples', () => {
  it('are recognised by example.org addresses or +000 numbers', () => {
    expect(isSample({ contact: { phone: '+000 0000 0101' } })).toBe(true);
    expect(isSample({ contact: { website: 'https://youth.example.org/' } })).toBe(true);
    expect(isSample({ contact: { phone: '+679 331 2345', website: 'https://www.example-helpline.org/' } })).toBe(false);
  });
});

describe('which services a page shows', () => {
  const service = (id: string, data: Partial<SupportData>): SupportService => ({
    id,
    file: `content/support/${id}/index.md`,
    stale: false,
    sample: false,
    data: schema.parse({ ...valid(), ...data }),
  });
  const all = [
    service('fj', { countries: ['FJ'] }),
    service('nz-au', { countries: ['NZ', 'AU'] }),
    service('fj-nz', { countries: ['FJ', 'NZ'] }),
    service('world', { countries: [], international: true }),
    service('pe', { countries: ['PE'] }),
  ];

  it('lists origin countries, then the residence country, then international services, each service once', () => {
    const found = supportFor({ originCountries: ['FJ'], residenceCountry: 'NZ' }, all);
    expect(found.countries.map((c) => [c.code, c.services.map((s) => s.id)])).toEqual([
      ['FJ', ['fj', 'fj-nz']],
      ['NZ', ['nz-au']],
    ]);
    expect(found.international.map((s) => s.id)).toEqual(['world']);
  });

  it('leaves out countries without a service', () => {
    expect(supportFor({ originCountries: ['GE'] }, all).countries).toEqual([]);
  });

  it('groups the whole directory by country', () => {
    expect(byCountry(all).map((c) => [c.code, c.services.length])).toEqual([['FJ', 2], ['NZ', 2], ['AU', 1], ['PE', 1]]);
  });

  it('is offered with a content warning or a health or gender theme', () => {
    expect(needsSupport({ themes: ['climate'], originCountries: ['FJ'] })).toBe(false);
    expect(needsSupport({ themes: ['climate'], contentWarning: 'Loss of a home', originCountries: ['FJ'] })).toBe(true);
    expect(needsSupport({ themes: ['gender'], originCountries: ['FJ'] })).toBe(true);
    expect(needsSupport({ themes: ['climate', 'health'], originCountries: ['FJ'] })).toBe(true);
  });
});

describe('safeguarding mail links', () => {
  it('address the safeguarding contact with the page title and address in the subject, in the reader’s language', () => {
    const url = 'https://voices.example.org/stories/a-b/';
    const concern = new URL(concernMailto('fr', 'Sept sœurs & un ballon', url));
    expect(concern.protocol).toBe('mailto:');
    expect(concern.pathname).toBe(SITE.safeguarding.email);
    expect(new URLSearchParams(concern.search).get('subject')).toBe(`Signalement concernant «\u00a0Sept sœurs & un ballon\u00a0» (${url})`);
    const takedown = new URLSearchParams(new URL(takedownMailto('es', 'Hermana', url)).search).get('subject');
    expect(takedown).toBe(`Solicitud de retirada: «Hermana» (${url})`);
  });
});
