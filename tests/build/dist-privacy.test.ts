/**
 * What the built site gives away beyond the words contributors chose to
 * publish: camera and location data in images and videos, original photos,
 * contact details, and traces of entries that are not (or no longer) public
 * inside compressed files (the Pagefind index). Plain-text leaks of those
 * entries are checked in publication.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import exifr from 'exifr';
import { fromHtml } from 'hast-util-from-html';
import type { Root, RootContent } from 'hast';
import { DIST, ROOT } from '../support/build';
import { GPS_FIXTURE } from '../../scripts/lib/gps-fixture.ts';
import { listFiles, readDist, UNPUBLISHED } from '../support/dist';
import { parse as parseYaml } from 'yaml';
import { SITE } from '../../src/config/site';
import { SAMPLE_PHONE } from '../../src/model/support';

const IMAGE = /\.(?:jpe?g|png|webp|avif|gif|tiff?|heic|heif)$/i;
const VIDEO = /\.(?:mp4|m4v|mov|webm)$/i;
const files = listFiles();
const read = (f: string) => readFileSync(join(DIST, f));
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

/** EXIF and XMP chunks of a WebP (RIFF) file, which exifr cannot read. */
function webpMetadataChunks(b: Buffer): string[] {
  if (b.toString('latin1', 0, 4) !== 'RIFF' || b.toString('latin1', 8, 12) !== 'WEBP') return ['not a WebP file'];
  const found: string[] = [];
  for (let off = 12; off + 8 <= b.length; ) {
    const type = b.toString('latin1', off, off + 4);
    const size = b.readUInt32LE(off + 4);
    if (type === 'EXIF' || type === 'XMP ') found.push(type.trim());
    off += 8 + size + (size % 2);
  }
  return found;
}

const PNG_HEADER = new Set(['ImageWidth', 'ImageHeight', 'BitDepth', 'ColorType', 'Compression', 'Filter', 'Interlace']);

/** Tags that say who took a picture, with what, when or where. */
async function imageMetadata(name: string, b: Buffer): Promise<string[]> {
  if (/\.webp$/i.test(name)) return webpMetadataChunks(b);
  if (/\.gif$/i.test(name)) return b.includes('XMP DataXMP') ? ['XMP'] : [];
  const tags = await exifr.parse(b, { tiff: true, exif: true, gps: true, xmp: true, iptc: true, icc: false, mergeOutput: true }).catch(() => undefined);
  // PNG's IHDR (size, bit depth…) describes the pixels, not the person.
  const keys = Object.keys(tags ?? {}).filter((k) => !PNG_HEADER.has(k));
  // The raw markers too, in case a parser skips a segment.
  if (b.includes('Exif\0\0')) keys.push('Exif segment');
  if (b.includes('<x:xmpmeta')) keys.push('XMP packet');
  return keys;
}

describe('images', () => {
  const images = files.filter((f) => IMAGE.test(f));

  it('carry no EXIF, GPS, XMP or IPTC metadata', async () => {
    expect(images.length).toBeGreaterThan(20);
    const withMetadata: string[] = [];
    for (const f of images) {
      const tags = await imageMetadata(f, read(f));
      if (tags.length) withMetadata.push(`${f}: ${tags.slice(0, 8).join(', ')}`);
    }
    expect(withMetadata).toEqual([]);
  });

  it('are never byte-identical copies of the original files in content/', () => {
    const sources = new Map(walk(join(ROOT, 'content')).filter((f) => IMAGE.test(f)).map((f) => [sha(readFileSync(f)), relative(ROOT, f)]));
    expect(sources.size).toBeGreaterThan(10);
    const copies = images.flatMap((f) => (sources.has(sha(read(f))) ? [`${f} is ${sources.get(sha(read(f)))}`] : []));
    expect(copies).toEqual([]);
  });

  it('are checked by a detector that finds the camera and GPS data in a source photo', async () => {
    const tagged = [];
    for (const f of walk(join(ROOT, 'content')).filter((p) => /\.jpe?g$/i.test(p))) {
      const tags = await imageMetadata(f, readFileSync(f));
      if (tags.some((t) => /^GPS|^latitude$/.test(t)) && tags.includes('Make')) tagged.push(f);
    }
    // The fixture written on purpose by scripts/make-sample-media.mjs (scripts/lib/gps-fixture.ts).
    expect(tagged, 'the GPS fixture must carry EXIF+GPS to prove the detector works').toContain(join(ROOT, GPS_FIXTURE));
  });
});

describe('videos', () => {
  it('carry no location, device or XMP metadata', () => {
    const videos = files.filter((f) => VIDEO.test(f));
    const markers = ['\u00a9xyz', 'ISO6709', 'loci', '\u00a9mak', '\u00a9mod', 'com.apple.quicktime.make', 'com.apple.quicktime.model', 'com.android.capture', '<x:xmpmeta'];
    const found = videos.flatMap((f) => {
      const b = read(f);
      return markers.filter((m) => b.includes(Buffer.from(m, 'latin1'))).map((m) => `${f}: ${m}`);
    });
    expect(found).toEqual([]);
  });
});

// Contact details: e-mail addresses, and phone numbers in the common written forms.
const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/gi;
const PHONE_FORMS = [
  /\+\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{1,4}){2,5}/g, // +679 331 2345, +33 6 12 34 56 78
  /(?<![\d.:/-])\(?0\d{1,4}\)?[ .-]\d{2,4}[ .-]\d{2,4}(?:[ .-]\d{2,4}){0,2}(?![\d:])/g, // 06 12 34 56 78, 020 7946 0958
  /\(\d{3}\) ?\d{3}[ .-]\d{4}/g, // (555) 123-4567
  /(?<![\d.:/-])\d{3}[.-]\d{3}[.-]\d{4}(?![\d.:/-])/g, // 555-123-4567
];
function phoneNumbers(text: string): string[] {
  return PHONE_FORMS.flatMap((re) => [...text.matchAll(re)].map((m) => m[0])).filter((m) => {
    const digits = m.replace(/\D/g, '').length;
    return digits >= 8 && digits <= 15 && !/^\d{4}-\d{2}-\d{2}/.test(m);
  });
}

const digits = (s: string) => s.replace(/\D/g, '');
/** The public numbers of the support directory (content/support/<slug>/index.md): the only phone numbers a page may show. */
const SUPPORT_RAW: string[] = readdirSync(join(ROOT, 'content', 'support')).flatMap((id) => {
  const data = parseYaml(readFileSync(join(ROOT, 'content', 'support', id, 'index.md'), 'utf8').split(/^---$/m)[1]!);
  return [data.contact?.phone, data.contact?.sms].filter(Boolean).map(String);
});
const SUPPORT_NUMBERS = new Set(SUPPORT_RAW.map(digits));

/** The words a reader (or a feed reader, or a search result) sees: text and described attributes, no code. */
function readableText(file: string, body: string): string {
  if (file.endsWith('.html')) {
    const out: string[] = [];
    const visit = (n: Root | RootContent) => {
      if (n.type === 'text') out.push(n.value);
      if (n.type === 'element') {
        if (n.tagName === 'script' || n.tagName === 'style') return;
        for (const k of ['content', 'alt', 'title', 'ariaLabel', 'href', 'placeholder']) if (typeof n.properties[k] === 'string') out.push(String(n.properties[k]));
      }
      if ('children' in n) n.children.forEach(visit);
    };
    visit(fromHtml(body));
    return out.join('\n');
  }
  if (file.endsWith('.vtt')) return body.replace(/^[\d:.]+ --> [\d:.]+.*$/gm, '');
  return body;
}

/** Licence notices of bundled software (the CMS) must keep their authors' names and addresses. */
const LICENCE_NOTICE = /(?:LICENSE|LEGAL)[^/]*\.txt$/;

const textFiles = () =>
  files.flatMap((f) => {
    if (LICENCE_NOTICE.test(f)) return [];
    if (/\.(?:html|xml|json|txt|vtt)$/.test(f)) return [{ f, text: readableText(f, readDist(f)) }];
    if (/^pagefind\/.*\.pf_(?:fragment|meta)$/.test(f)) return [{ f, text: gunzipSync(read(f)).toString('utf8') }];
    return [];
  });

describe('contact details', () => {
  it('the detectors find e-mail addresses and phone numbers and ignore dates, times and sizes', () => {
    for (const s of ['write to ana.perez+cms@gmail.com', 'mziuri@example.org.ge']) expect(s.match(EMAIL), s).not.toBeNull();
    for (const s of ['+679 331 2345', '+33 6 12 34 56 78', '06 12 34 56 78', '(555) 123-4567', '555-123-4567', '+995 32 2 123456', '020 7946 0958', '+51 (1) 555 1234'])
      expect(phoneNumbers(s), s).not.toEqual([]);
    for (const s of ['2026-04-20', '00:00:01.000 --> 00:00:04.500', '1:02:03', '12 stories', '1 200 km', '+1.5 °C', 'srcset 640w, 1280w', 'CC BY-NC 4.0', '2024–2026', '20 avril 2026', 'Page 2 of 3', '@DiasporaVoices'])
      expect([...(s.match(EMAIL) ?? []), ...phoneNumbers(s)], s).toEqual([]);
  });

  it('appear nowhere in pages, feeds, JSON, transcripts, captions or the search index', () => {
    const texts = textFiles();
    expect(texts.filter((t) => t.f.startsWith('pagefind/')).length).toBeGreaterThan(5);
    // Two exceptions, both an organisation's: the site's safeguarding address, and support services' public numbers on HTML pages.
    const supportNumber = (f: string, m: string) => f.endsWith('.html') && SUPPORT_NUMBERS.has(digits(m));
    const found = texts.flatMap(({ f, text }) =>
      [...(text.match(EMAIL) ?? []).filter((m) => m !== SITE.safeguarding.email), ...phoneNumbers(text).filter((m) => !supportNumber(f, m))].map((m) => `${f}: ${m}`),
    );
    expect(found).toEqual([]);
  });

  it('support services’ numbers are published only from content/support, and the sample ones are recognised as samples', () => {
    expect(SUPPORT_NUMBERS.size).toBeGreaterThan(0);
    const supportPage = readableText('en/support/index.html', readDist('en/support/index.html'));
    const shown = phoneNumbers(supportPage).map(digits);
    expect(shown.length).toBeGreaterThan(0);
    // Every number the support page shows is one of the directory's, and the detector sees each (it is not hidden from the check).
    expect(shown.filter((n) => !SUPPORT_NUMBERS.has(n))).toEqual([]);
    for (const raw of SUPPORT_RAW) expect(phoneNumbers(raw), raw).not.toEqual([]);
    // The sample directory uses +000 numbers, which no country has: the README says how to replace them.
    expect(SUPPORT_RAW.filter((n) => !SAMPLE_PHONE.test(n))).toEqual([]);
    // Nowhere but pages: not in feeds, JSON or the search index.
    const elsewhere = textFiles().filter(({ f }) => !f.endsWith('.html')).flatMap(({ f, text }) => phoneNumbers(text).map((m) => `${f}: ${m}`));
    expect(elsewhere).toEqual([]);
  });
});

describe('entries that are not public', () => {
  it('leave no trace in the compressed search index or any other non-text file', () => {
    let decompressed = 0;
    const leaks: string[] = [];
    let sawPublic = false;
    for (const f of files.filter((p) => !/\.(?:html|xml|json|txt)$/.test(p))) {
      let b = read(f);
      if (b[0] === 0x1f && b[1] === 0x8b) {
        b = gunzipSync(b);
        decompressed++;
      }
      const text = b.toString('utf8');
      if (text.includes('/stories/')) sawPublic = true;
      for (const needle of [...UNPUBLISHED.words, ...UNPUBLISHED.slugs]) if (text.includes(needle)) leaks.push(`${needle} in ${f}`);
    }
    // The scan really read the index: it is compressed and holds the public stories.
    expect(decompressed).toBeGreaterThan(10);
    expect(sawPublic).toBe(true);
    expect(leaks).toEqual([]);
  });
});
