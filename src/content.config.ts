/**
 * Content collections: where each kind of entry is loaded from, and the
 * schema (from src/model/) that validates it. Folder name = entry id.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { audioProblems, imageProblems, storedImageFields } from './lib/entry-files';
import { ContentError } from './lib/integrity';
import { CONTENT_DIR, entryFile, entryIdOf, kindDir, type EntryKind } from './model/kinds';
import { ENTRY_SCHEMAS } from './model/schemas';
import { pageSchema } from './model/page';

/**
 * content/<kind>/<slug>/index.md has id <slug>. After loading, every image an
 * entry names is checked, so a missing or oversized file fails with the
 * entry's file and field.
 */
const byFolder = (kind: EntryKind): Loader => {
  const inner = glob({
    base: `./${kindDir(kind)}`,
    pattern: '*/index.md',
    generateId: ({ entry }) => entryIdOf(entry),
  });
  return {
    name: `folders:${kind}`,
    load: async (context) => {
      await inner.load(context);
      const entries = [...context.store.values()];
      const problems = (await Promise.all(entries.map((e) => imageProblems(storedImageFields(e), e.filePath ?? entryFile(kind, e.id))))).flat();
      if (kind === 'audio') problems.push(...entries.flatMap((e) => audioProblems(e, e.filePath ?? entryFile(kind, e.id))));
      if (problems.length) throw new ContentError(problems);
    },
  };
};

export const collections = {
  stories: defineCollection({ loader: byFolder('stories'), schema: ({ image }) => ENTRY_SCHEMAS.stories(image) }),
  videos: defineCollection({ loader: byFolder('videos'), schema: ({ image }) => ENTRY_SCHEMAS.videos(image) }),
  campaigns: defineCollection({ loader: byFolder('campaigns'), schema: ({ image }) => ENTRY_SCHEMAS.campaigns(image) }),
  // Alliance sessions and youth recommendations (issue 11).
  sessions: defineCollection({ loader: byFolder('sessions'), schema: ({ image }) => ENTRY_SCHEMAS.sessions(image) }),
  recommendations: defineCollection({ loader: byFolder('recommendations'), schema: () => ENTRY_SCHEMAS.recommendations() }),
  /** The support directory (issue 12): content/support/<slug>/index.md, team only. */
  support: defineCollection({ loader: byFolder('support'), schema: () => ENTRY_SCHEMAS.support() }),
  /** Audio stories (issue 15): content/audio/<slug>/index.md, the recording beside it. */
  audio: defineCollection({ loader: byFolder('audio'), schema: ({ image }) => ENTRY_SCHEMAS.audio(image) }),
  /** content/pages/<name>/<locale>.mdx has id <name>/<locale>. */
  pages: defineCollection({ loader: glob({ base: `./${CONTENT_DIR}/pages`, pattern: '*/*.mdx' }), schema: pageSchema }),
};
