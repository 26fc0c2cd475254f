/**
 * The content model as the CMS sees it: the same Zod schemas Astro uses, with
 * a path string for Astro's image(). Shared by the config generator (Node) and
 * the admin page's save checks (browser).
 */
import { fieldPatterns } from '../src/model/introspect';
import { ENTRY_KINDS, type EntryKind } from '../src/model/kinds';
import { ENTRY_SCHEMAS, pathImage } from '../src/model/schemas';

export const SCHEMAS = Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, ENTRY_SCHEMAS[kind](pathImage)])) as {
  [K in EntryKind]: ReturnType<(typeof ENTRY_SCHEMAS)[K]>;
};

/** The contributors' shorter forms over content/stories and content/videos, and the team collection whose wording they reuse. */
export const CONTRIBUTOR_FORMS = { share: 'stories', 'share-video': 'videos', 'share-audio': 'audio' } as const satisfies Record<string, EntryKind>;

/** CMS collection → content collection (and schema): the contributor forms, then one team collection per kind. */
export const COLLECTION_SCHEMA = {
  ...CONTRIBUTOR_FORMS,
  ...(Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, kind])) as { [K in EntryKind]: K }),
} as const;

export type CmsCollectionName = keyof typeof COLLECTION_SCHEMA;

export const isContributorForm = (name: CmsCollectionName): name is keyof typeof CONTRIBUTOR_FORMS => name in CONTRIBUTOR_FORMS;

/** Fields the contributor forms leave out: each must be optional or defaulted in the schema (tested). */
export const SHARE_OMITS = ['draft', 'withdrawn', 'translationOf', 'translator', 'guardianConfirmation'] as const;

const patternsOf = (test: Parameters<typeof fieldPatterns>[1]) =>
  Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, fieldPatterns(SCHEMAS[kind], test).map((f) => f.pattern)])) as Record<EntryKind, string[]>;

/** Media beside the entry, per kind ("cover.src", "captions.*.src"): from the model's metadata. */
export const MEDIA_FIELDS = patternsOf((m) => m.kind === 'image' || m.kind === 'file');
/** Image fields only: uploads Astro must be able to process. */
export const IMAGE_FIELDS = patternsOf((m) => m.kind === 'image');
/** References to other entries ("campaign", "featured.*.story"): from the model's metadata. */
export const RELATION_FIELDS = patternsOf((m) => m.kind === 'reference');

export const IMAGE_TYPES = /\.(jpe?g|png|webp)$/i;
