/**
 * The schema of each kind of entry. Astro applies them with its image()
 * (src/content.config.ts); the CMS and the cross-entry checks apply them with
 * `pathImage`, where an image is the path written in the file.
 */
import { z } from 'astro/zod';
import type { ImageFn } from './fields';
import type { EntryKind } from './kinds';
import { storySchema } from './story';
import { videoSchema } from './video';
import { campaignSchema } from './campaign';
import { sessionSchema } from './session';
import { recommendationSchema } from './recommendation';
import { supportSchema } from './support';
import { audioSchema } from './audio';

export const ENTRY_SCHEMAS = {
  stories: storySchema,
  videos: videoSchema,
  campaigns: campaignSchema,
  sessions: sessionSchema,
  recommendations: recommendationSchema,
  /** No images: the schema ignores Astro's image(). */
  support: () => supportSchema(),
  /** Audio stories (issue 15). */
  audio: audioSchema,
} as const satisfies Record<EntryKind, (image: ImageFn) => z.ZodType>;

/** Astro's image() outside Astro: the path as written ("./cover.jpg"). */
export const pathImage: ImageFn = () => z.string();
