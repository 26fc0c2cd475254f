/**
 * Audio stories in the built site (issue 15): pages, listings, the search
 * format facet, the podcast feeds (parsed, enclosure lengths against dist/),
 * the JSON feed, sitemap and share images; no tag in a published recording;
 * nothing of an unpublished audio entry, its recording included, in dist/.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { DIST } from '../support/build';
import { listFiles, readDist } from '../support/dist';
import { entryDistFile, entryUrl, frontmatter, partition } from '../support/entries';
import { LOCALES } from '../../src/i18n';
import { durationSeconds } from '../../src/model/video';
import { audioTagsLeft } from '../../src/privacy/audio';

const { pub, hidden } = partition('audio');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const arr = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe('audio pages', () => {
  it('exist per interface language with a native player that fetches nothing before play, size, transcript and download', () => {
    expect(pub.length).toBeGreaterThanOrEqual(2);
    for (const id of pub) {
      const d = frontmatter('audio', id);
      const file = join(DIST, 'media/audio', id, d.audio.replace('./', ''));
      expect(existsSync(file), file).toBe(true);
      for (const locale of LOCALES) {
        const html = readDist(entryDistFile('audio', id, locale));
        expect(html).toMatch(/<audio controls preload="none"/);
        expect(html).toContain(`src="/media/audio/${id}/${d.audio.replace('./', '')}"`);
        expect(html).toContain(`data-size="${statSync(file).size}"`);
        expect(html).toContain(`href="/audio/${id}/transcript.txt"`);
        expect(html).toContain(`href="/${locale}/podcast.xml"`);
        expect(html).toContain('data-report-concern');
        expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
      }
      const canonical = readDist(entryDistFile('audio', id));
      expect(canonical).toContain('data-pagefind-body');
      expect(canonical).toContain('data-pagefind-filter="format:audio"');
      const transcript = readDist(`audio/${id}/transcript.txt`);
      expect(transcript.startsWith(`${d.title}\n`)).toBe(true);
      expect(transcript.length).toBeGreaterThan(200);
    }
  });

  it('appear in the audio listing, the home page and their campaign', () => {
    for (const locale of LOCALES) {
      const list = readDist(`${locale}/audio/index.html`);
      for (const id of pub) expect(list, `${locale} ${id}`).toContain(`href="/${locale}/audio/${id}/"`);
      const home = readDist(`${locale}/index.html`);
      expect(pub.some((id) => home.includes(`/${locale}/audio/${id}/`)), `home ${locale}`).toBe(true);
    }
    const inCampaign = pub.filter((id) => frontmatter('audio', id).campaign);
    expect(inCampaign.length).toBeGreaterThanOrEqual(1);
    for (const id of inCampaign) expect(readDist(`en/campaigns/${frontmatter('audio', id).campaign}/index.html`)).toContain(`/en/audio/${id}/`);
  });

  it('are in the sitemap, the JSON feed and have share images', () => {
    const sitemap = listFiles().filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readDist(f)).join('');
    const feed = JSON.parse(readDist('feed.json'));
    for (const id of pub) {
      expect(sitemap).toContain(entryUrl('audio', id));
      const item = feed.items.find((i: { url: string }) => i.url.endsWith(entryUrl('audio', id)));
      expect(item, id).toBeDefined();
      expect(item._ydv.type).toBe('audio');
      expect(item.attachments[0].size_in_bytes).toBe(statSync(join(DIST, new URL(item.attachments[0].url).pathname)).size);
      expect(existsSync(join(DIST, 'og/audio', `${id}.png`))).toBe(true);
    }
  });
});

describe('podcast feeds', () => {
  for (const locale of LOCALES) {
    it(`/${locale}/podcast.xml is RSS 2.0 with exact enclosures, durations, transcripts and show art`, () => {
      const doc = parser.parse(readDist(`${locale}/podcast.xml`));
      const channel = doc.rss.channel;
      expect(doc.rss['@version']).toBe('2.0');
      expect(channel.language).toBe(locale);
      expect(String(channel['itunes:explicit'])).toBe('false');
      expect(channel['itunes:image']['@href']).toMatch(/\/podcast-art\.png$/);
      expect(arr(channel['itunes:category']).length).toBeGreaterThan(0);
      const art = readFileSync(join(DIST, 'podcast-art.png'));
      expect(art.readUInt32BE(16)).toBe(1400); // PNG width
      expect(art.readUInt32BE(20)).toBe(1400);
      const items = arr(channel.item) as Record<string, any>[];
      expect(items.map((i) => i.link).sort()).toEqual(pub.map((id) => expect.stringContaining(`/${locale}/audio/${id}/`)).sort());
      expect(items).toHaveLength(pub.length);
      for (const item of items) {
        const id = pub.find((p) => item.link.includes(`/audio/${p}/`))!;
        const d = frontmatter('audio', id);
        const enc = item.enclosure;
        const path = join(DIST, new URL(enc['@url']).pathname);
        expect(Number(enc['@length']), id).toBe(statSync(path).size);
        expect(enc['@type']).toBe(d.audio.endsWith('.mp3') ? 'audio/mpeg' : 'audio/mp4');
        expect(Number(item['itunes:duration'])).toBe(durationSeconds(d.duration));
        expect(item['podcast:transcript']['@url']).toMatch(new RegExp(`/audio/${id}/transcript\\.txt$`));
        expect(existsSync(join(DIST, new URL(item['podcast:transcript']['@url']).pathname))).toBe(true);
      }
    });
  }
});

describe('audio privacy in dist/', () => {
  it('no published recording carries a tag', () => {
    const files = listFiles().filter((f) => /\.(mp3|m4a)$/i.test(f));
    expect(files.length).toBe(pub.length);
    for (const f of files) expect(audioTagsLeft(readFileSync(join(DIST, f))), f).toEqual([]);
  });

  it('an unpublished audio entry leaves no page, recording, transcript, image or feed item', () => {
    expect(hidden).toContain('draft-voice-note');
    const all = listFiles();
    const texts = all.filter((f) => /\.(html|xml|json|txt)$/.test(f)).map((f) => readDist(f));
    for (const id of hidden) {
      expect(all.filter((f) => f.includes(id)), id).toEqual([]);
      for (const t of texts) expect(t.includes(id)).toBe(false);
    }
  });
});
