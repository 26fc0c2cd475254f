import { describe, expect, it } from 'vitest';
import { externalPlayer, isoDuration, spokenDuration } from '../../src/lib/video';
import { shareTargets } from '../../src/lib/share';

describe('video facade URLs', () => {
  it('plays YouTube from youtube-nocookie and Vimeo with dnt=1, autoplaying after the press', () => {
    expect(externalPlayer('youtube', 'M7lc1UVf-VE')).toEqual({
      host: 'YouTube',
      watch: 'https://www.youtube.com/watch?v=M7lc1UVf-VE',
      embed: 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1',
    });
    expect(externalPlayer('vimeo', '76979871')).toEqual({
      host: 'Vimeo',
      watch: 'https://vimeo.com/76979871',
      embed: 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1',
    });
  });
});

describe('durations', () => {
  it('gives ISO 8601 durations for machines', () => {
    expect(isoDuration('2:05')).toBe('PT2M5S');
    expect(isoDuration('0:45')).toBe('PT45S');
    expect(isoDuration('1:00:00')).toBe('PT1H');
    expect(isoDuration('1:02:03')).toBe('PT1H2M3S');
    expect(() => isoDuration('two minutes')).toThrow(/not a duration/);
  });

  it('gives words for screen readers in each interface language', () => {
    expect(spokenDuration('2:05', 'en')).toMatch(/2\s+minutes.*5\s+seconds/);
    expect(spokenDuration('2:05', 'fr')).toMatch(/2\s+minutes.*5\s+secondes/);
    expect(spokenDuration('2:05', 'es')).toMatch(/2\s+minutos.*5\s+segundos/);
  });
});

describe('share links', () => {
  const targets = shareTargets({ url: 'https://voices.example.org/stories/a-b/?x=1&y=2', title: 'Salud & “vida”', hashtag: '#ClimateVoices' });
  const byId = Object.fromEntries(targets.map((t) => [t.id, t.href]));

  it('covers the main networks and messaging apps, as plain https/mailto links', () => {
    expect(Object.keys(byId).sort()).toEqual(['bluesky', 'email', 'facebook', 'linkedin', 'telegram', 'whatsapp', 'x']);
    for (const t of targets) expect(t.href).toMatch(t.id === 'email' ? /^mailto:\?/ : /^https:\/\//);
  });

  it('encodes the URL, title and hashtag so that they arrive intact', () => {
    const fb = new URL(byId.facebook);
    expect(fb.searchParams.get('u')).toBe('https://voices.example.org/stories/a-b/?x=1&y=2');
    const tg = new URL(byId.telegram);
    expect(tg.searchParams.get('url')).toBe('https://voices.example.org/stories/a-b/?x=1&y=2');
    expect(tg.searchParams.get('text')).toBe('Salud & “vida” #ClimateVoices');
    const wa = new URL(byId.whatsapp);
    expect(wa.searchParams.get('text')).toBe('Salud & “vida” #ClimateVoices https://voices.example.org/stories/a-b/?x=1&y=2');
    const mail = new URLSearchParams(byId.email.slice('mailto:?'.length));
    expect(mail.get('subject')).toBe('Salud & “vida”');
    expect(mail.get('body')).toContain('https://voices.example.org/stories/a-b/?x=1&y=2');
  });
});
