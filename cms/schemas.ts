/**
 * The content model as the CMS sees it: the same Zod schemas Astro uses, with
 * a stub for Astro's image() (a path string). Shared by the config generator
 * (Node) and the admin page's save checks (browser).
 */
import { z } from 'astro/zod';
import { storySchema } from '../src/model/story';
import { videoSchema } from '../src/model/video';
import { campaignSchema } from '../src/model/campaign';
import type { CmsMeta } from '../src/model/fields';

/** Astro's image() stands for a file beside the entry; in the CMS it is an image widget holding a path. */
export const imageStub = () => z.string().meta({ cms: { widget: 'image' } satisfies CmsMeta });

export const SCHEMAS = {
  stories: storySchema(imageStub),
  videos: videoSchema(imageStub),
  campaigns: campaignSchema(imageStub),
};

export type SchemaName = keyof typeof SCHEMAS;

/**
 * CMS collection → content collection (and schema). "share" and "share-video"
 * are the contributors' shorter forms over content/stories and content/videos.
 */
export const COLLECTION_SCHEMA = {
  share: 'stories',
  'share-video': 'videos',
  stories: 'stories',
  videos: 'videos',
  campaigns: 'campaigns',
} as const satisfies Record<string, SchemaName>;

export type CmsCollectionName = keyof typeof COLLECTION_SCHEMA;
export const CMS_COLLECTIONS = Object.keys(COLLECTION_SCHEMA) as CmsCollectionName[];

/** The contributor forms, and the team collection whose wording they reuse. */
export const CONTRIBUTOR_FORMS: Partial<Record<CmsCollectionName, CmsCollectionName>> = { share: 'stories', 'share-video': 'videos' };

/** Fields the contributor forms leave out: each must be optional or defaulted in the schema (tested). */
export const SHARE_OMITS = ['draft', 'withdrawn', 'translationOf', 'translator'] as const;

/** Fields a save must never keep empty: Decap writes "" for a cleared optional field, which the schema refuses. */
export const MEDIA_FIELDS: Record<SchemaName, string[]> = {
  stories: ['cover.src'],
  videos: ['poster.src', 'video.file', 'captions.*.src'],
  campaigns: ['hero.src'],
};

export const IMAGE_TYPES = /\.(jpe?g|png|webp)$/i;
