import { describe, expect, it } from 'vitest';
import { campaign, issues, story, validStory, validVideo, video } from '../support/model';

const only = (lines: string[], path: string) => lines.filter((l) => l.startsWith(`${path}:`));

describe('story schema', () => {
  it('accepts a valid story and applies defaults', () => {
    const parsed = story.parse(validStory());
    expect(parsed.licence).toBe('cc-by-4.0');
    expect(parsed.draft).toBe(false);
    expect(parsed.withdrawn).toBe(false);
    expect(parsed.published).toBeInstanceOf(Date);
  });

  it('names a missing title', () => {
    const { title, ...rest } = validStory();
    expect(only(issues(story, rest), 'title')).toHaveLength(1);
  });

  it('refuses a summary over 300 characters and says how long it is', () => {
    const [msg] = only(issues(story, { ...validStory(), summary: 'a'.repeat(301) }), 'summary');
    expect(msg).toMatch(/300 characters or fewer \(it has 301\)/);
  });

  it('refuses an unknown theme and lists the valid ones', () => {
    const [msg] = issues(story, { ...validStory(), themes: ['sport'] });
    expect(msg).toMatch(/^themes\.0: "sport" is not a theme\. Use one of: health, gender, climate/);
  });

  it('requires at least one theme and one origin country', () => {
    expect(only(issues(story, { ...validStory(), themes: [] }), 'themes')[0]).toMatch(/at least one theme/);
    expect(only(issues(story, { ...validStory(), originCountries: [] }), 'originCountries')[0]).toMatch(/at least one origin country/);
  });

  it('refuses unknown country codes and explains the format', () => {
    expect(issues(story, { ...validStory(), originCountries: ['XX'] })[0]).toMatch(/originCountries\.0: "XX" is not an ISO 3166-1 alpha-2/);
    expect(issues(story, { ...validStory(), originCountries: ['ge'] })[0]).toMatch(/two capital letters/);
    expect(issues(story, { ...validStory(), residenceCountry: 'EU' })[0]).toMatch(/^residenceCountry:/);
  });

  it('accepts any BCP 47 language Intl knows and refuses made-up ones', () => {
    for (const language of ['ka', 'fj', 'mfe', 'qu', 'hif', 'es-PE']) expect(issues(story, { ...validStory(), language })).toEqual([]);
    expect(issues(story, { ...validStory(), language: 'xx' })[0]).toMatch(/^language: "xx" is not a BCP 47 language code/);
    expect(issues(story, { ...validStory(), language: 'english' })[0]).toMatch(/^language:/);
  });

  it('refuses a wrong date format with an example', () => {
    expect(issues(story, { ...validStory(), published: 'last Tuesday' })[0]).toMatch(/^published: .*YYYY-MM-DD/);
  });

  it('refuses an image without alt text', () => {
    const lines = issues(story, { ...validStory(), cover: { src: './cover.jpg' } });
    expect(lines).toContain('cover.alt: The alt text is missing. Describe what the image shows, for people who cannot see it.');
    expect(issues(story, { ...validStory(), cover: { src: './cover.jpg', alt: '' } })[0]).toMatch(/^cover\.alt: This alt text is empty/);
  });

  it('refuses publication without consent', () => {
    const [msg] = issues(story, { ...validStory(), consent: { publication: false, date: '2026-03-01' } });
    expect(msg).toMatch(/^consent\.publication: There is no publication consent/);
    expect(issues(story, { ...validStory(), consent: undefined })[0]).toMatch(/^consent: Record consent/);
  });

  it('refuses an under-18 author without guardian consent, accepts with it', () => {
    const minor = { ...validStory(), author: { name: 'Nino', pseudonym: true, ageGroup: 'under-18' } };
    expect(issues(story, minor)[0]).toMatch(/^consent\.guardian: The author is under 18/);
    const asked = { ...minor, consent: { publication: true, guardian: true, date: '2026-03-01' } };
    expect(issues(story, asked)).toEqual([expect.stringMatching(/^guardianConfirmation: The author is under 18/)]);
    expect(issues(story, { ...asked, guardianConfirmation: { by: 'Lea', method: 'signed-form-offline', date: '2026-03-01' } })).toEqual([]);
  });

  it('refuses consent dated after publication', () => {
    expect(issues(story, { ...validStory(), consent: { publication: true, date: '2026-04-01' } })[0]).toMatch(/^consent\.date: Consent is dated after publication/);
  });

  it('refuses contact details for the author', () => {
    const withEmail = { ...validStory(), author: { ...validStory().author, email: 'x@y.org' } };
    expect(issues(story, withEmail)[0]).toMatch(/^author: author has fields that must not be stored \(email\)/);
    expect(issues(story, { ...validStory(), author: { ...validStory().author, name: 'ana@example.org' } })[0]).toMatch(/looks like an e-mail address or phone number/);
    expect(issues(story, { ...validStory(), author: { ...validStory().author, name: 'Ana +1 555 123 4567' } })[0]).toMatch(/phone number/);
  });

  it('refuses unknown top-level fields', () => {
    expect(issues(story, { ...validStory(), phone: '123' }).join()).toMatch(/phone/);
  });

  it('requires a translator credit for a translation', () => {
    expect(issues(story, { ...validStory(), translationOf: 'original-story' })[0]).toMatch(/^translator: .*credit the translator/);
    expect(issues(story, { ...validStory(), translationOf: 'Not A Slug', translator: 'X' })[0]).toMatch(/^translationOf: "Not A Slug" is not a stories folder name/);
  });

  it('refuses an unknown licence and age group', () => {
    expect(issues(story, { ...validStory(), licence: 'gpl' })[0]).toMatch(/^licence: "gpl" is not a licence we offer/);
    expect(issues(story, { ...validStory(), author: { name: 'A', ageGroup: '40-50' } })[0]).toMatch(/^author\.ageGroup: "40-50" is not an age group/);
  });
});

describe('video schema', () => {
  it('accepts YouTube, Vimeo and self-hosted videos', () => {
    expect(issues(video, validVideo())).toEqual([]);
    expect(issues(video, { ...validVideo(), video: { provider: 'vimeo', id: '76979871' } })).toEqual([]);
    expect(issues(video, { ...validVideo(), video: { provider: 'self', file: './clip.mp4' } })).toEqual([]);
  });

  it('refuses a link pasted where an id belongs, and explains', () => {
    const [msg] = issues(video, { ...validVideo(), video: { provider: 'youtube', id: 'https://youtube.com/watch?v=M7lc1UVf-VE' } });
    expect(msg).toMatch(/^video\.id: .* is not a youtube video id\. Paste only the id/);
    expect(issues(video, { ...validVideo(), video: { provider: 'vimeo', id: 'abc' } })[0]).toMatch(/^video\.id: "abc" is not a vimeo video id/);
  });

  it('refuses a self-hosted video that is not a video file', () => {
    expect(issues(video, { ...validVideo(), video: { provider: 'self', file: './clip.gif' } })[0]).toMatch(/^video\.file: A self-hosted video needs file/);
    expect(issues(video, { ...validVideo(), video: { provider: 'dailymotion', id: 'x' } })[0]).toMatch(/^video\.provider:/);
  });

  it('requires captions and a poster with alt text', () => {
    expect(issues(video, { ...validVideo(), captions: [] })[0]).toMatch(/^captions: Every video needs captions/);
    expect(issues(video, { ...validVideo(), captions: [{ src: './subs.srt', lang: 'en' }] })[0]).toMatch(/^captions\.0\.src: Captions must be a WebVTT file/);
    expect(issues(video, { ...validVideo(), poster: { src: './p.jpg', alt: ' ' } })[0]).toMatch(/^poster\.alt:/);
  });

  it('checks the duration format', () => {
    expect(issues(video, { ...validVideo(), duration: '125 seconds' })[0]).toMatch(/^duration: "125 seconds" is not a duration/);
    expect(issues(video, { ...validVideo(), duration: '1:02:03' })).toEqual([]);
  });
});

describe('campaign schema', () => {
  const validCampaign = () => ({
    title: { en: 'Climate voices', fr: 'Voix du climat' },
    summary: { en: 'Tell us.' },
    questions: { en: ['What changed?'] },
    themes: ['climate'],
    starts: '2026-10-01',
    ends: '2027-01-31',
    hashtag: '#ClimateVoices',
    hero: { src: './hero.jpg', alt: { en: 'Waves' } },
    featured: [{ type: 'story', story: 'fiji-reef-memory' }, { type: 'video', video: 'salvador-coast-letter' }],
  });

  it('accepts a campaign with partial translations', () => {
    expect(issues(campaign, validCampaign())).toEqual([]);
  });

  it('requires English', () => {
    expect(issues(campaign, { ...validCampaign(), title: { fr: 'Voix' } })[0]).toMatch(/^title\.en:/);
  });

  it('refuses an end before the start and a bad hashtag', () => {
    expect(issues(campaign, { ...validCampaign(), ends: '2026-09-01' })[0]).toMatch(/^ends: The campaign ends before it starts/);
    expect(issues(campaign, { ...validCampaign(), hashtag: 'Climate Voices' })[0]).toMatch(/^hashtag: "Climate Voices" is not a hashtag/);
  });

  it('refuses a featured item of an unknown type', () => {
    expect(issues(campaign, { ...validCampaign(), featured: [{ type: 'podcast', podcast: 'x' }] }).join()).toMatch(/featured\.0/);
  });
});

