/**
 * Content collections: where each kind of entry is loaded from, and the
 * schema (from src/model/) that validates it. Folder name = entry id.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { imageProblems, storedImageFields } from './lib/entry-files';
import { ContentError } from './lib/integrity';
import { storySchema } from './model/story';
import { videoSchema } from './model/video';
import { campaignSchema } from './model/campaign';
import { pageSchema } from './model/page';
import { sessionSchema } from './model/session';
import { recommendationSchema } from './model/recommendation';

/**
 * content/<kind>/<slug>/index.md has id <slug>. After loading, every image an
 * entry names is checked, so a missing or oversized file fails with the
 * entry's file and field.
 */
const byFolder = (kind: string): Loader => {
  const inner = glob({
    base: `./content/${kind}`,
    pattern: '*/index.md',
    generateId: ({ entry }) => entry.replace(/\/index\.md$/, ''),
  });
  return {
    name: `folders:${kind}`,
    load: async (context) => {
      await inner.load(context);
      const problems = (await Promise.all([...context.store.values()].map((e) => imageProblems(storedImageFields(e), e.filePath ?? `content/${kind}/${e.id}/index.md`)))).flat();
      if (problems.length) throw new ContentError(problems);
    },
  };
};

export const collections = {
  stories: defineCollection({ loader: byFolder('stories'), schema: ({ image }) => storySchema(image) }),
  videos: defineCollection({ loader: byFolder('videos'), schema: ({ image }) => videoSchema(image) }),
  campaigns: defineCollection({ loader: byFolder('campaigns'), schema: ({ image }) => campaignSchema(image) }),
  // Alliance sessions and youth recommendations (issue 11).
  sessions: defineCollection({ loader: byFolder('sessions'), schema: ({ image }) => sessionSchema(image) }),
  recommendations: defineCollection({ loader: byFolder('recommendations'), schema: recommendationSchema }),
  /** content/pages/<name>/<locale>.mdx has id <name>/<locale>. */
  pages: defineCollection({ loader: glob({ base: './content/pages', pattern: '*/*.mdx' }), schema: pageSchema }),
};
