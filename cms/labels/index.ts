/** The CMS wording per interface locale. */
import type { Locale } from '../../src/i18n';
import { en, type CmsLabels } from './en';
import { fr } from './fr';
import { es } from './es';

export type { CmsLabels };
export const CMS_LABELS: Record<Locale, CmsLabels> = { en, fr, es };

/** "{max} characters" with values filled in (the site's own interpolation). */
export { interpolate as fill } from '../../src/lib/interpolate';

export type Wording = { label: string; hint: string };

/** Label and hint for a field path in a CMS collection, most specific table first; a missing entry is an error. */
export function wording(labels: CmsLabels, collection: string, path: string): Wording {
  const by = labels.byCollection as Record<string, Record<string, Wording>>;
  // The share forms are smaller story/video forms: they speak like the team collection unless they say otherwise.
  const chain = collection === 'share' ? ['share', 'stories'] : collection === 'share-video' ? ['share-video', 'videos'] : collection === 'share-audio' ? ['share-audio', 'audio'] : [collection];
  for (const c of chain) if (by[c]?.[path]) return by[c]![path]!;
  // Campaign, session and recommendation fields are the team's own; contribution wording would mislead there.
  const common = ['campaigns', 'sessions', 'recommendations'].includes(collection) ? undefined : (labels.fields as Record<string, Wording>)[path];
  if (common) return common;
  throw new Error(`cms/labels: no label for "${path}" in collection "${collection}"`);
}
