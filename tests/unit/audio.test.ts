/**
 * Audio stories (issue 15): the model's rules and messages, the loader's file
 * and transcript checks, and the tag scrubber on a tagged MP3 (ID3v2 with a
 * picture, comment, location and encoder, plus ID3v1) and a tagged M4A.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { audioSchema, AUDIO_LIMITS } from '../../src/model/audio';
import { audioContainer, audioProblems } from '../../src/lib/entry-files';
import { audioTagsLeft, mp3Tags, scrubAudio, scrubMp3 } from '../../src/privacy/audio';
import { issues, validVideo } from '../support/model';

const ROOT = join(import.meta.dirname, '../..');
const schema = audioSchema(() => z.string());
const validAudio = () => {
  const { video: _v, poster: _p, captions: _c, ...rest } = validVideo() as Record<string, unknown>;
  return { ...rest, audio: './voice.mp3', duration: '2:05' };
};

describe('audio model', () => {
  it('accepts a valid entry, with or without cover and captions', () => {
    expect(issues(schema, validAudio())).toEqual([]);
    expect(issues(schema, { ...validAudio(), audio: './v.m4a', cover: { src: './c.jpg', alt: 'A beach' }, captions: [{ src: './c.en.vtt', lang: 'en' }] })).toEqual([]);
  });
  it('names the fix for a missing or wrong recording', () => {
    const { audio: _a, ...noFile } = validAudio();
    expect(issues(schema, noFile).join()).toMatch(/audio: Name the recording beside index\.md/);
    expect(issues(schema, { ...validAudio(), audio: './voice.wav' }).join()).toMatch(/"\.\/voice\.wav" is not an audio file.*\.mp3 or \.\/name\.m4a/);
    expect(issues(schema, { ...validAudio(), audio: 'https://example.org/a.mp3' }).join()).toMatch(/is not an audio file beside index\.md/);
  });
  it('limits duration to a voice note or interview', () => {
    expect(issues(schema, { ...validAudio(), duration: '2.05' }).join()).toMatch(/duration: "2\.05" is not a duration/);
    expect(issues(schema, { ...validAudio(), duration: '31:00' }).join()).toMatch(/up to 30 minutes/);
    expect(issues(schema, { ...validAudio(), duration: '30:00' })).toEqual([]);
  });
  it('keeps the shared contribution rules (consent, strict fields)', () => {
    expect(issues(schema, { ...validAudio(), consent: { publication: false, date: '2026-01-01' } }).length).toBeGreaterThan(0);
    expect(issues(schema, { ...validAudio(), email: 'a@b.c' }).join()).toMatch(/email/);
    expect(issues(schema, { ...validAudio(), captions: [{ src: './c.srt', lang: 'en' }] }).join()).toMatch(/WebVTT/);
  });
});

describe('audio files and transcript (loader checks)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ydv-audio-'));
  const entry = join('content/audio/x/index.md');
  mkdirSync(join(dir, 'content/audio/x'), { recursive: true });
  const mp3 = readFileSync(join(ROOT, 'tests/fixtures/tagged.mp3'));
  const m4a = readFileSync(join(ROOT, 'tests/fixtures/tagged.m4a'));
  writeFileSync(join(dir, 'content/audio/x/voice.mp3'), mp3);
  writeFileSync(join(dir, 'content/audio/x/fake.mp3'), m4a);
  writeFileSync(join(dir, 'content/audio/x/big.mp3'), Buffer.concat([mp3, Buffer.alloc(AUDIO_LIMITS.maxBytes)]));

  it('requires a transcript, naming the file and why', () => {
    expect(audioProblems({ data: { audio: './voice.mp3' }, body: 'Hello.' }, entry, dir)).toEqual([]);
    const [p] = audioProblems({ data: { audio: './voice.mp3' }, body: '  \n' }, entry, dir);
    expect(p).toMatch(/^content\/audio\/x\/index\.md: the transcript .* is empty\. Write or paste .* deaf readers and search/);
  });
  it('refuses an oversized file and a file whose content does not match its extension', () => {
    expect(audioProblems({ data: { audio: './big.mp3' }, body: 'x' }, entry, dir).join()).toMatch(/audio \(\.\/big\.mp3\) is 25\.0 MB\. Recordings must be under 25 MB/);
    expect(audioProblems({ data: { audio: './fake.mp3' }, body: 'x' }, entry, dir).join()).toMatch(/is not an MP3 file \(it looks like an M4A: fix the extension\)/);
  });
  it('recognises the containers', () => {
    expect(audioContainer(mp3.subarray(0, 12))).toBe('mp3');
    expect(audioContainer(m4a.subarray(0, 12))).toBe('m4a');
    expect(audioContainer(Buffer.from('RIFF....WAVE'))).toBeUndefined();
  });
});

describe('audio tag scrubber', () => {
  const has = (b: Uint8Array, s: string) => Buffer.from(b).includes(Buffer.from(s, 'latin1'));
  const LEAKS = ['Secret title', 'SampleCam', '+18.1400+178.4400', 'SampleRecorderApp'];

  it('removes ID3v2 (with its picture) and ID3v1 from an MP3, keeping the audio frames', () => {
    const mp3 = readFileSync(join(ROOT, 'tests/fixtures/tagged.mp3'));
    expect(mp3Tags(mp3)).toEqual(['ID3v2', 'trailing ID3v1/APE/ID3v2']);
    expect(LEAKS.some((l) => has(mp3, l))).toBe(true);
    const clean = scrubMp3(mp3);
    expect(audioTagsLeft(clean)).toEqual([]);
    for (const l of LEAKS) expect(has(clean, l), l).toBe(false);
    expect(has(clean, 'APIC')).toBe(false);
    // What is left starts with an MPEG frame and is the original's middle, byte for byte.
    expect(clean[0]).toBe(0xff);
    expect(has(mp3, Buffer.from(clean).toString('latin1'))).toBe(true);
    expect(scrubMp3(clean)).toEqual(clean);
  });
  it('cuts an APEv2 tag too', () => {
    const mp3 = scrubMp3(readFileSync(join(ROOT, 'tests/fixtures/tagged.mp3')));
    const items = Buffer.from('\x0b\x00\x00\x00\x00\x00\x00\x00Comment\x00SampleCam!!', 'latin1');
    const footer = Buffer.alloc(32);
    footer.write('APETAGEX', 0, 'latin1');
    footer.writeUInt32LE(2000, 8);
    footer.writeUInt32LE(items.length + 32, 12);
    footer.writeUInt32LE(1, 16);
    const tagged = Buffer.concat([mp3, items, footer]);
    expect(mp3Tags(tagged)).toEqual(['trailing ID3v1/APE/ID3v2']);
    expect(Buffer.from(scrubAudio(tagged))).toEqual(Buffer.from(mp3));
  });
  it('blanks the metadata boxes of an M4A, keeping its size', () => {
    const m4a = readFileSync(join(ROOT, 'tests/fixtures/tagged.m4a'));
    expect(audioTagsLeft(m4a).length).toBeGreaterThan(0);
    const clean = scrubAudio(m4a);
    expect(audioTagsLeft(clean)).toEqual([]);
    for (const l of LEAKS) expect(has(clean, l), l).toBe(false);
    expect(clean.length).toBe(m4a.length);
  });
  it('leaves the sample recordings without any tag', () => {
    for (const f of ['content/audio/lima-abuela-remedios/voice.mp3', 'content/audio/suva-sea-wall/voice.m4a']) expect(audioTagsLeft(scrubAudio(readFileSync(join(ROOT, f)))), f).toEqual([]);
  });
});
