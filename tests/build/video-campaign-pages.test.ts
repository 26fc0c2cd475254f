/** What readers see on video, campaign and share pages, and the share links on every entry page. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT } from '../support/build';
import { readDist } from '../support/dist';
import { entryDistFile, entryUrl, frontmatter, partition } from '../support/entries';
import { campaignStatus } from '../../src/model/campaign';
import { plainText } from '../../src/lib/text';
import { TRANSCRIPT_FOLD } from '../../src/lib/video';

const SITE_ORIGIN = /^https?:\/\/[^/]+/;
const stories = partition('stories').pub;
const videos = partition('videos').pub;
const campaigns = partition('campaigns').pub.map((id) => {
  const d = frontmatter('campaigns', id);
  return { id, d, status: campaignStatus({ starts: new Date(d.starts), ends: new Date(d.ends) }, new Date()) };
});
const body = (kind: 'videos', id: string) => readFileSync(join(ROOT, 'content', kind, id, 'index.md'), 'utf8').split(/^---\s*$/m).slice(2).join('---');
/** The part of a page that Pagefind indexes. */
const indexed = (html: string) => {
  const start = html.indexOf('data-pagefind-body');
  expect(start).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</article>', start));
};
const hrefs = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));

describe('video pages', () => {
  it('show duration, language and caption languages, and the searchable transcript (folded when long) with a download', () => {
    expect(videos.length).toBeGreaterThanOrEqual(3);
    for (const id of videos) {
      const d = frontmatter('videos', id);
      const html = readDist(entryDistFile('videos', id));
      expect(html, id).toMatch(/<time datetime="PT(\d+H)?(\d+M)?(\d+S)?"/);
      expect(html, id).toContain(`>${d.duration}<`);
      const names = new Intl.DisplayNames([html.match(/<html lang="(\w+)"/)![1]!], { type: 'language' });
      expect(html, id).toMatch(new RegExp(`<dt[^>]*>[^<]+</dt><dd[^>]*>${names.of(d.language)}</dd>`));
      for (const c of d.captions) expect(html, `${id} ${c.lang}`).toContain(names.of(c.lang));
      // The transcript's text is inside the indexed article.
      const transcript = plainText(body('videos', id));
      const words = (transcript.match(/\p{L}{5,}/gu) ?? []).slice(0, 5);
      expect(words.length, id).toBeGreaterThan(0);
      for (const w of words) expect(indexed(html), `${id}: ${w}`).toContain(w);
      expect(html.includes('<details class="transcript"'), `${id}: folded iff longer than ${TRANSCRIPT_FOLD}`).toBe(transcript.length > TRANSCRIPT_FOLD);
      // Download link and file.
      expect(html, id).toContain(`href="/videos/${id}/transcript.txt"`);
      const txt = readDist(`videos/${id}/transcript.txt`);
      expect(txt.startsWith(d.title), id).toBe(true);
    }
  });

  it('mark up the duration badge in listings for screen readers', () => {
    const html = readDist('en/videos/index.html');
    const badges = [...html.matchAll(/<time class="duration"[^>]*datetime="(PT[^"]+)"[^>]*>(.*?)<\/time>/g)];
    expect(badges.length).toBe(videos.length);
    for (const [, , inner] of badges) {
      expect(inner).toMatch(/class="visually-hidden"[^>]*>Duration: \d+ (minute|second)/);
      expect(inner).toMatch(/aria-hidden="true"[^>]*>\d+:\d\d</);
    }
  });
});

describe('share links', () => {
  const NETWORKS = ['whatsapp', 'telegram', 'facebook', 'x', 'linkedin', 'bluesky', 'email'];
  const pages = [
    // Every version of an entry shares its canonical address, so a shared link is the same from any language.
    ...stories.flatMap((id) => ['en', 'fr', 'es'].map((l) => ({ page: entryDistFile('stories', id, l as 'en'), path: entryUrl('stories', id) }))),
    ...videos.flatMap((id) => ['en', 'fr', 'es'].map((l) => ({ page: entryDistFile('videos', id, l as 'en'), path: entryUrl('videos', id) }))),
    ...campaigns.flatMap(({ id }) => ['en', 'fr', 'es'].map((l) => ({ page: `${l}/campaigns/${id}/index.html`, path: `/${l}/campaigns/${id}/` }))),
  ];

  it('appear on every story, video and campaign page as plain links carrying the encoded page URL', () => {
    for (const { page, path } of pages) {
      const html = readDist(page);
      const links = [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*data-share="([a-z]+)"/g)].map((m) => ({ href: m[1]!.replaceAll('&amp;', '&'), id: m[2]! }));
      expect(links.map((l) => l.id), page).toEqual(NETWORKS);
      for (const { href, id } of links) {
        const decoded = decodeURIComponent(href);
        expect(decoded, `${page} ${id}`).toMatch(new RegExp(`https?://[^/]+${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      }
      expect(html, page).toMatch(/<section class="share-links[^"]*"[^>]*aria-labelledby="share-(story|video|campaign)"/);
      // No third-party script or embed anywhere on the page.
      const srcs = [...html.matchAll(/\ssrc="([^"]+)"/g)].map((m) => m[1]!);
      for (const s of srcs) expect(s, page).not.toMatch(SITE_ORIGIN);
    }
  });

  it('are labelled in the page language', () => {
    expect(readDist('fr/campaigns/climate-voices/index.html')).toContain('Partager sur WhatsApp');
    expect(readDist('es/campaigns/climate-voices/index.html')).toContain('Compartir en WhatsApp');
  });
});

describe('campaign pages', () => {
  it('show status, hashtag, questions and, while not closed, the call to share a story for the campaign', () => {
    expect(campaigns.map((c) => c.status).sort()).toEqual(expect.arrayContaining(['closed', 'open']));
    for (const { id, d, status } of campaigns) {
      const html = readDist(`en/campaigns/${id}/index.html`);
      expect(html, id).toContain({ open: '>Open<', upcoming: '>Upcoming<', closed: '>Closed<' }[status]);
      expect(html, id).toContain(d.hashtag);
      for (const q of d.questions.en) expect(html, id).toContain(q.replaceAll("'", '&#39;').replaceAll('"', '&quot;'));
      const cta = `/en/share/?campaign=${id}#campaign-${id}`;
      if (status === 'closed') {
        expect(html, id).not.toContain(cta);
        expect(html, id).toContain('This campaign has closed');
      } else {
        expect(hrefs(html), id).toContain(cta);
      }
    }
  });

  it('list featured entries in the curators’ order, then every other entry tagged with the campaign', () => {
    const pub = new Set([...stories.map((s) => entryUrl('stories', s, 'en')), ...videos.map((v) => entryUrl('videos', v, 'en'))]);
    for (const { id, d } of campaigns) {
      const html = readDist(`en/campaigns/${id}/index.html`);
      const featuredStart = html.indexOf('id="featured"');
      const entriesStart = html.indexOf('id="entries"');
      const featuredWant = (d.featured ?? [])
        .map((f: { type: string; story?: string; video?: string }) => (f.type === 'story' ? entryUrl('stories', f.story!, 'en') : entryUrl('videos', f.video!, 'en')))
        .filter((p: string) => pub.has(p));
      expect(featuredWant.length, id).toBeGreaterThan(0);
      const section = (from: number, to: number) => hrefs(html.slice(from, to < 0 ? undefined : to)).filter((h) => /^\/en\/(stories|videos)\/(?!page\/)[^/]+\/$/.test(h));
      const featuredGot = section(featuredStart, entriesStart);
      expect(featuredGot, id).toEqual(featuredWant);
      const tagged = [...stories.map((s) => ['stories', s] as const), ...videos.map((v) => ['videos', v] as const)]
        .filter(([kind, s]) => frontmatter(kind, s).campaign === id)
        .map(([kind, s]) => entryUrl(kind, s, 'en'))
        .filter((p) => !featuredWant.includes(p));
      const taggedGot = entriesStart < 0 ? [] : section(entriesStart, html.indexOf('</main>'));
      expect([...taggedGot].sort(), id).toEqual([...tagged].sort());
    }
  });

  it('put open campaigns on the home page and keep closed ones in the archive', () => {
    const home = readDist('en/index.html');
    const list = readDist('en/campaigns/index.html');
    const archive = list.slice(list.indexOf('id="archive"'));
    for (const { id, status } of campaigns) {
      expect(home.includes(`/en/campaigns/${id}/`), id).toBe(status === 'open');
      expect(archive.includes(`/en/campaigns/${id}/`), id).toBe(status === 'closed');
    }
  });
});

describe('share page', () => {
  it('carries a campaign visitor on to the CMS with the campaign pre-filled, with written instructions', () => {
    for (const l of ['en', 'fr', 'es']) {
      const html = readDist(`${l}/share/index.html`);
      for (const { id, status } of campaigns) {
        const cms = `/admin/?lang=${l}#/collections/share/new?campaign=${id}`;
        if (status === 'closed') {
          expect(html.includes(cms), `${l} ${id}`).toBe(false);
          continue;
        }
        expect(html, `${l} ${id}`).toContain(`id="campaign-${id}"`);
        expect(hrefs(html), `${l} ${id}`).toContain(cms);
      }
    }
    expect(readDist('en/share/index.html')).toContain('in the Campaign field');
  });

  it('exists at the address the campaign call to action points to', () => {
    expect(existsSync(join(DIST, 'en/share/index.html'))).toBe(true);
  });
});
