/**
 * An audio story (issue 15): a voice note or interview beside the entry; the
 * transcript is the body and is required, so deaf readers and search get it.
 */
import { contributionFields, checkConsent } from './base';
import { language, picture, z, type ImageFn } from './fields';
import { fieldMeta } from './meta';
import { CAPTION_FILE, DURATION, durationSeconds } from './video';

export const AUDIO_FILE = /^\.\/[\w.-]+\.(?:mp3|m4a)$/;

/**
 * Limits that suit a voice note or an interview on a slow phone connection:
 * 30 minutes, 25 MB (an hour of speech at 64 kbit/s is ~29 MB; the CMS upload
 * path tops out near 30 MB, see cms/fields.ts).
 */
export const AUDIO_LIMITS = { maxSeconds: 30 * 60, maxBytes: 25 * 1024 * 1024 } as const;

export const audioSchema = (image: ImageFn) =>
  z
    .strictObject({
      ...contributionFields(),
      audio: z
        .string({ error: 'Name the recording beside index.md: audio: ./voice-note.mp3 (MP3 or M4A).' })
        .regex(AUDIO_FILE, {
          error: (i) => `"${String(i.input)}" is not an audio file beside index.md. Write audio: ./name.mp3 or ./name.m4a (other formats: export as MP3 first).`,
        })
        .register(fieldMeta, { kind: 'file', accept: 'audio' }),
      duration: z
        .string({ error: 'Write the duration as m:ss, e.g. "2:05" (in quotes).' })
        .regex(DURATION, { error: (i) => `"${String(i.input)}" is not a duration. Write it as m:ss or h:mm:ss in quotes, e.g. "2:05".` })
        .refine((v) => durationSeconds(v) <= AUDIO_LIMITS.maxSeconds, {
          error: `Audio entries are voice notes or interviews up to ${AUDIO_LIMITS.maxSeconds / 60} minutes: cut the recording or split it into parts.`,
        })
        .register(fieldMeta, { kind: 'text' }),
      cover: picture(image).optional(),
      captions: z
        .array(
          z.strictObject({
            src: z
              .string()
              .regex(CAPTION_FILE, { error: 'Captions must be a WebVTT file beside index.md, e.g. ./captions.en.vtt.' })
              .register(fieldMeta, { kind: 'file', accept: 'captions' }),
            lang: language(),
          }),
        )
        .register(fieldMeta, { kind: 'list' })
        .optional(),
    })
    .superRefine(checkConsent);
