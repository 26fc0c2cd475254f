import { describe, expect, it } from 'vitest';
import { exclusionReason, isPublic } from '../../src/model/publish';

const now = new Date('2026-11-27T12:00:00Z');
const base = () => ({
  draft: false,
  withdrawn: false,
  published: new Date('2026-11-01'),
  consent: { publication: true, guardian: undefined as boolean | undefined },
  author: { ageGroup: '18-24' },
});

describe('publication gate', () => {
  it('publishes a consented, dated, non-draft entry', () => {
    expect(isPublic(base(), now)).toBe(true);
  });
  it.each([
    ['draft', { draft: true }],
    ['withdrawn', { withdrawn: true }],
    ['future', { published: new Date('2026-11-28') }],
    ['no-consent', { consent: { publication: false } }],
    ['no-guardian-consent', { author: { ageGroup: 'under-18' } }],
    ['no-guardian-confirmation', { author: { ageGroup: 'under-18' }, consent: { publication: true, guardian: true } }],
  ])('keeps out a %s entry', (reason, change) => {
    expect(exclusionReason({ ...base(), ...change }, now)).toBe(reason);
    expect(isPublic({ ...base(), ...change }, now)).toBe(false);
  });
  it('publishes an entry dated today and an under-18 author with guardian consent confirmed by the team', () => {
    expect(isPublic({ ...base(), published: now }, now)).toBe(true);
    const minor = { ...base(), author: { ageGroup: 'under-18' }, consent: { publication: true, guardian: true } };
    expect(isPublic(minor, now)).toBe(false);
    expect(isPublic({ ...minor, guardianConfirmation: { by: 'Lea', method: 'signed-form-offline', date: now } }, now)).toBe(true);
  });
});
