import { describe, expect, it } from 'vitest';
import { campaignStatus, pick } from '../../src/model/campaign';
import { campaign } from '../support/model';

/** A campaign as the schema parses it (dates are UTC days), running 1 to 31 March 2026. */
const march = campaign.parse({
  title: { en: 'Climate voices' },
  summary: { en: 'Tell us about the climate where your family comes from.' },
  questions: { en: ['What has changed?'] },
  themes: ['climate'],
  starts: '2026-03-01',
  ends: '2026-03-31',
  hashtag: '#ClimateVoices',
  hero: { src: './hero.jpg', alt: { en: 'A shoreline' } },
});
const at = (iso: string) => new Date(iso);

describe('campaignStatus', () => {
  it('is upcoming until the first moment of the start day', () => {
    expect(campaignStatus(march, at('2026-02-28T00:00:00Z'))).toBe('upcoming');
    expect(campaignStatus(march, at('2026-02-28T23:59:59.999Z'))).toBe('upcoming');
  });

  it('is open from the start day to the last moment of the end day', () => {
    expect(campaignStatus(march, at('2026-03-01T00:00:00Z'))).toBe('open');
    expect(campaignStatus(march, at('2026-03-15T12:00:00Z'))).toBe('open');
    expect(campaignStatus(march, at('2026-03-31T00:00:00Z'))).toBe('open');
    expect(campaignStatus(march, at('2026-03-31T23:59:59.999Z'))).toBe('open');
  });

  it('is closed from the day after the end day', () => {
    expect(campaignStatus(march, at('2026-04-01T00:00:00Z'))).toBe('closed');
    expect(campaignStatus(march, at('2027-01-01T00:00:00Z'))).toBe('closed');
  });

  it('treats a one-day campaign as open for that whole day only', () => {
    const oneDay = { starts: at('2026-05-09'), ends: at('2026-05-09') };
    expect(campaignStatus(oneDay, at('2026-05-08T23:59:59Z'))).toBe('upcoming');
    expect(campaignStatus(oneDay, at('2026-05-09T00:00:00Z'))).toBe('open');
    expect(campaignStatus(oneDay, at('2026-05-09T23:59:59Z'))).toBe('open');
    expect(campaignStatus(oneDay, at('2026-05-10T00:00:00Z'))).toBe('closed');
  });
});

describe('pick (campaign translations)', () => {
  it('falls back to English, and says so, where a translation is missing', () => {
    const title = { en: 'Climate voices', fr: 'Voix du climat' };
    expect(pick(title, 'fr')).toEqual({ value: 'Voix du climat', fallback: false });
    expect(pick(title, 'es')).toEqual({ value: 'Climate voices', fallback: true });
    expect(pick(title, 'en')).toEqual({ value: 'Climate voices', fallback: false });
  });
});
