/** A video: a self-hosted file or a YouTube/Vimeo id; the transcript is the body. */
import { contributionFields, checkConsent } from './base';
import { language, picture, z, type ImageFn } from './fields';
import { fieldMeta } from './meta';
import { VIDEO_PROVIDERS } from './taxonomy';

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{6,12}$/;
const LOCAL_FILE = (ext: string) => new RegExp(`^\\./[\\w.-]+\\.(?:${ext})$`);
export const VIDEO_FILE = LOCAL_FILE('mp4|webm');
export const CAPTION_FILE = LOCAL_FILE('vtt');
export const DURATION = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/;

/** "1:02:03" or "2:05" to seconds. */
export function durationSeconds(value: string): number {
  const m = DURATION.exec(value);
  if (!m) return NaN;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

const videoSource = z
  .strictObject({
    provider: z
      .enum(VIDEO_PROVIDERS, { error: `Choose where the video lives: ${VIDEO_PROVIDERS.join(', ')}.` })
      .register(fieldMeta, { kind: 'choice', list: 'videoProviders' }),
    file: z.string().register(fieldMeta, { kind: 'file', accept: 'video' }).optional(),
    id: z.string().register(fieldMeta, { kind: 'text' }).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.provider === 'self') {
      if (!v.file || !VIDEO_FILE.test(v.file))
        ctx.addIssue({
          code: 'custom',
          path: ['file'],
          message: `A self-hosted video needs file: ./name.mp4 (or .webm) beside index.md${v.file ? `; "${v.file}" is not one` : ''}.`,
        });
      if (v.id) ctx.addIssue({ code: 'custom', path: ['id'], message: 'A self-hosted video has no id: remove id, or change provider.' });
      return;
    }
    const pattern = v.provider === 'youtube' ? YOUTUBE_ID : VIMEO_ID;
    const example = v.provider === 'youtube' ? 'the 11 characters after watch?v=, e.g. M7lc1UVf-VE' : 'the number at the end of the Vimeo address, e.g. 76979871';
    if (!v.id || !pattern.test(v.id))
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `"${v.id ?? ''}" is not a ${v.provider} video id. Paste only the id, not the whole link: ${example}.`,
      });
    if (v.file) ctx.addIssue({ code: 'custom', path: ['file'], message: `A ${v.provider} video has no file: remove file, or set provider: self.` });
  });

const captionTrack = z.strictObject({
  src: z
    .string()
    .regex(CAPTION_FILE, { error: 'Captions must be a WebVTT file beside index.md, e.g. ./captions.en.vtt.' })
    .register(fieldMeta, { kind: 'file', accept: 'captions' }),
  lang: language(),
});

export const videoSchema = (image: ImageFn) =>
  z
    .strictObject({
      ...contributionFields(),
      video: videoSource,
      poster: picture(image),
      duration: z
        .string({ error: 'Write the duration as m:ss, e.g. "2:05" (in quotes).' })
        .regex(DURATION, { error: (i) => `"${String(i.input)}" is not a duration. Write it as m:ss or h:mm:ss in quotes, e.g. "2:05".` })
        .register(fieldMeta, { kind: 'text' }),
      captions: z
        .array(captionTrack, { error: 'List at least one caption track: - { src: ./captions.en.vtt, lang: en }.' })
        .min(1, { error: 'Every video needs captions: add at least one WebVTT file, e.g. - { src: ./captions.en.vtt, lang: en }.' })
        .register(fieldMeta, { kind: 'list' }),
    })
    .superRefine(checkConsent);

