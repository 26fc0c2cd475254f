/**
 * The CMS preview templates render what an editor has typed so far, even when
 * optional fields are absent (issue 17: a campaign without questions threw a
 * TypeError), and a self-hosted video plays with its captions.
 */
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { campaignPreview, videoPreview, type PreviewProps } from '../../cms/previews';

/** Decap's preview props over plain data (Decap hands Immutable values; getIn is all the templates use). */
function props(data: Record<string, unknown>): PreviewProps {
  return {
    entry: {
      getIn: (path) => path.reduce<unknown>((v, k) => (v == null ? undefined : (v as Record<string, unknown>)[String(k)]), { data }),
    },
    widgetFor: () => null,
    getAsset: (path) => `blob:preview/${path}`,
  };
}

describe('CMS previews', () => {
  it('renders a campaign with no questions (or a half-typed list) without throwing', () => {
    const base = { title: { en: 'Care' }, summary: { en: 'S' }, themes: ['health'], starts: '2026-03-01', ends: '2026-06-30', hashtag: '#Care' };
    for (const questions of [undefined, {}, { en: [] }, { en: ['', 'Who?'] }, { en: 'not a list' }]) {
      const html = renderToStaticMarkup(createElement(campaignPreview('fr'), props({ ...base, questions })));
      expect(html).toContain('Care');
      if (JSON.stringify(questions ?? {}).includes('Who?')) expect(html).toContain('<li>Who?</li>');
      else expect(html).not.toContain('<ul class="prose"');
    }
  });

  it('plays a self-hosted video with a captions track per caption file, named in the editor’s language', () => {
    const html = renderToStaticMarkup(
      createElement(
        videoPreview('fr'),
        props({
          title: 'Clip', summary: 'S', language: 'es', video: { provider: 'self', file: './clip.mp4' }, poster: { src: './poster.jpg', alt: 'A' },
          captions: [{ src: './captions.es.vtt', lang: 'es' }, { src: './captions.mfe.vtt', lang: 'mfe' }, { src: '', lang: 'en' }],
        }),
      ),
    );
    const tracks = [...html.matchAll(/<track [^>]*>/g)].map((m) => m[0]);
    expect(tracks).toHaveLength(2);
    expect(tracks[0]).toContain('src="blob:preview/captions.es.vtt"');
    expect(tracks[0]).toMatch(/srclang="es"/i);
    expect(tracks[0]).toContain('label="espagnol"');
    expect(tracks[0]).toContain('kind="captions"');
    expect(tracks[0]).toMatch(/default=""/);
    // A language Intl may not name (Chromium has no name for mfe) still gets a label.
    expect(tracks[1]).toMatch(/label="(créole mauricien|Morisyen)"/);
  });
});
