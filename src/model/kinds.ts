/**
 * The kinds of entry, each stored as one folder: content/<kind>/<id>/index.md,
 * with its media beside it. This module imports nothing, so Node scripts can
 * load it directly (scripts/make-sample-media.mjs).
 */
/** `support`: the team's support directory (issue 12); `sessions` and `recommendations`: the alliance's (issue 11); `audio`: audio stories (issue 15). */
export const ENTRY_KINDS = ['stories', 'videos', 'campaigns', 'support', 'sessions', 'recommendations', 'audio'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Where entries live, relative to the project root. */
export const CONTENT_DIR = 'content';

/** The folder of a kind's entries, relative to the project root. */
export const kindDir = (kind: string) => `${CONTENT_DIR}/${kind}`;
/** The folder of an entry, relative to the project root. */
export const entryDir = (kind: string, id: string) => `${kindDir(kind)}/${id}`;
/** The file of an entry, relative to the project root. */
export const entryFile = (kind: string, id: string) => `${entryDir(kind, id)}/index.md`;
/** The id of an entry from its path relative to its kind's folder ("my-story/index.md" → "my-story"). */
export const entryIdOf = (relative: string) => relative.replace(/\/index\.md$/, '');

/** Whether an entry of each kind has a Markdown body (campaigns are front matter only). */
export const HAS_BODY: Record<EntryKind, boolean> = { stories: true, videos: true, campaigns: false, support: false, sessions: false, recommendations: false, audio: true };
