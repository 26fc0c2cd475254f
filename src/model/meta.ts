/**
 * What the model says about a field beyond validation, in the model's own
 * words: a short or long text, a choice from a named taxonomy list, a
 * reference to another kind of entry, a media file... Attached to schemas
 * through a typed Zod registry; cms/ turns it into Decap widgets and
 * src/lib/integrity.ts follows the references.
 */
import { z } from 'astro/zod';
import type { EntryKind } from './kinds';

/** The taxonomy lists a choice can come from (src/model/taxonomy.ts). */
export type TaxonomyList = 'themes' | 'countries' | 'languages' | 'ageGroups' | 'licences' | 'videoProviders' | 'guardianMethods' | 'sessionFormats' | 'addressees' | 'recommendationStatuses';

export type FieldMeta =
  | { kind: 'text' | 'longText' | 'flag' | 'date' | 'image' | 'localized' | 'list' | 'number' | 'markdown' }
  | { kind: 'choice'; list: TaxonomyList; multiple?: boolean }
  | { kind: 'file'; accept: 'video' | 'audio' | 'captions' }
  | { kind: 'reference'; to: EntryKind };

export type FieldKind = FieldMeta['kind'];

export const fieldMeta = z.registry<FieldMeta>();
