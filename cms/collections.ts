/** The fields of each CMS collection, in the order its users fill them in. */
import { shapeOf } from '../src/model/introspect';
import { HAS_BODY } from '../src/model/kinds';
import type { Locale } from '../src/i18n';
import type { DecapField } from './decap';
import { bodyField, fieldFor, type Ctx } from './fields';
import { CMS_LABELS } from './labels';
import { COLLECTION_SCHEMA, isContributorForm, SCHEMAS, SHARE_OMITS, type CmsCollectionName } from './schemas';

/** Field order per collection: listed names first, the rest in schema order (a new schema field, or a new kind, appears by itself). */
const ORDER: Partial<Record<CmsCollectionName, string[]>> = {
  share: ['author', 'title', 'summary', 'body', 'cover', 'language', 'themes', 'originCountries', 'residenceCountry', 'campaign', 'contentWarning', 'licence', 'consent', 'published'],
  'share-video': ['author', 'title', 'summary', 'video', 'poster', 'duration', 'captions', 'body', 'language', 'themes', 'originCountries', 'residenceCountry', 'campaign', 'contentWarning', 'licence', 'consent', 'published'],
  // Team forms: withdrawal and draft first, so taking a story down needs no scrolling.
  stories: ['withdrawn', 'draft', 'title', 'summary', 'body', 'cover', 'language', 'themes', 'originCountries', 'residenceCountry', 'author', 'consent', 'guardianConfirmation', 'published', 'campaign', 'contentWarning', 'licence', 'translationOf', 'translator'],
  videos: ['withdrawn', 'draft', 'title', 'summary', 'video', 'poster', 'duration', 'captions', 'body', 'language', 'themes', 'originCountries', 'residenceCountry', 'author', 'consent', 'guardianConfirmation', 'published', 'campaign', 'contentWarning', 'licence'],
  'share-audio': ['author', 'title', 'summary', 'audio', 'duration', 'body', 'cover', 'captions', 'language', 'themes', 'originCountries', 'residenceCountry', 'campaign', 'contentWarning', 'licence', 'consent', 'published'],
  audio: ['withdrawn', 'draft', 'title', 'summary', 'audio', 'duration', 'body', 'cover', 'captions', 'language', 'themes', 'originCountries', 'residenceCountry', 'author', 'consent', 'guardianConfirmation', 'published', 'campaign', 'contentWarning', 'licence'],
  support: ['name', 'countries', 'international', 'languages', 'contact', 'hours', 'themes', 'tags', 'verified', 'draft'],
};

export function collectionFields(collection: CmsCollectionName, locale: Locale): DecapField[] {
  const ctx: Ctx = { locale, labels: CMS_LABELS[locale], collection };
  const schemaName = COLLECTION_SCHEMA[collection];
  const shape = shapeOf(SCHEMAS[schemaName]);
  const omit = new Set<string>(isContributorForm(collection) ? SHARE_OMITS : []);
  const names = [...Object.keys(shape).filter((n) => !omit.has(n)), ...(HAS_BODY[schemaName] ? ['body'] : [])];
  const order = ORDER[collection] ?? [];
  const sorted = [...order.filter((n) => names.includes(n)), ...names.filter((n) => !order.includes(n))];
  return sorted.map((n) => (n === 'body' ? bodyField(ctx) : fieldFor(n, shape[n]!, n, ctx)));
}
