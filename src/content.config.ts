/**
 * Content collections: where each kind of entry is loaded from, and the
 * schema (from src/model/) that validates it. Folder name = entry id.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { storySchema } from './model/story';
import { videoSchema } from './model/video';
import { campaignSchema } from './model/campaign';
import { pageSchema } from './model/page';

/** content/<kind>/<slug>/index.md has id <slug>. */
const byFolder = (kind: string) =>
  glob({
    base: `./content/${kind}`,
    pattern: '*/index.md',
    generateId: ({ entry }) => entry.replace(/\/index\.md$/, ''),
  });

export const collections = {
  stories: defineCollection({ loader: byFolder('stories'), schema: ({ image }) => storySchema(image) }),
  videos: defineCollection({ loader: byFolder('videos'), schema: ({ image }) => videoSchema(image) }),
  campaigns: defineCollection({ loader: byFolder('campaigns'), schema: ({ image }) => campaignSchema(image) }),
  /** content/pages/<name>/<locale>.mdx has id <name>/<locale>. */
  pages: defineCollection({ loader: glob({ base: './content/pages', pattern: '*/*.mdx' }), schema: pageSchema }),
};
