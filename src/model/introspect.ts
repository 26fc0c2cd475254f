/**
 * Reading a schema of src/model: its wrappers (optional, default, pipe), the
 * metadata attached to it (meta.ts), its fields. Through Zod's public classes
 * only, so a Zod upgrade that changes its internals cannot silently break the
 * CMS generator or the integrity checks.
 */
import { z } from 'astro/zod';
import { fieldMeta, type FieldMeta } from './meta';

export interface Unwrapped {
  /** The schema under its wrappers. */
  schema: z.ZodType;
  required: boolean;
  hasDefault: boolean;
  default?: unknown;
  /** The first metadata found, outer wrappers first. */
  meta?: FieldMeta;
}

/** Peels optional/nullable/default/pipe wrappers off a schema, collecting required-ness, the default and the metadata. */
export function unwrap(schema: z.ZodType): Unwrapped {
  let s = schema;
  let required = true;
  let hasDefault = false;
  let dflt: unknown;
  let meta: FieldMeta | undefined;
  for (;;) {
    meta ??= fieldMeta.get(s);
    if (s instanceof z.ZodOptional) {
      required = false;
      s = s.unwrap() as z.ZodType;
    } else if (s instanceof z.ZodNullable || s instanceof z.ZodReadonly || s instanceof z.ZodCatch) {
      s = s.unwrap() as z.ZodType;
    } else if (s instanceof z.ZodDefault || s instanceof z.ZodPrefault) {
      hasDefault = true;
      required = false;
      const value: unknown = s.def.defaultValue;
      dflt = typeof value === 'function' ? (value as () => unknown)() : value;
      s = s.unwrap() as z.ZodType;
    } else if (s instanceof z.ZodPipe) {
      s = s.in as z.ZodType;
    } else break;
  }
  return { schema: s, required, hasDefault, default: dflt, meta };
}

/** The fields of an object schema (under its wrappers). */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const { schema: s } = unwrap(schema);
  if (!(s instanceof z.ZodObject)) throw new Error(`Expected an object schema, found ${s.def.type}`);
  return s.shape as Record<string, z.ZodType>;
}

/** Length limits of a string or array schema: { minLength, maxLength } as Zod reports them for JSON Schema. */
export function lengthLimits(schema: z.ZodType): { min?: number; max?: number } {
  if (schema instanceof z.ZodString) return { min: schema.minLength ?? undefined, max: schema.maxLength ?? undefined };
  if (schema instanceof z.ZodArray) {
    const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as { minItems?: number; maxItems?: number };
    return { min: json.minItems, max: json.maxItems };
  }
  return {};
}

/** A discriminated union's key and its options by tag, or undefined for any other schema. */
export function variantsOf(schema: z.ZodType): { key: string; options: [tag: string, shape: Record<string, z.ZodType>][] } | undefined {
  if (!(schema instanceof z.ZodDiscriminatedUnion)) return undefined;
  const key = schema.def.discriminator;
  const options = (schema.options as z.ZodType[]).map((option): [string, Record<string, z.ZodType>] => {
    const shape = shapeOf(option);
    const tag = unwrap(shape[key]!).schema;
    if (!(tag instanceof z.ZodLiteral)) throw new Error(`Union option without a literal "${key}"`);
    return [String([...tag.values][0]), shape];
  });
  return { key, options };
}

/**
 * Every field of an object schema whose metadata passes `test`, as a dotted
 * pattern with `*` for list items ("cover.src", "captions.*.src",
 * "featured.*.story"): what a check can expand against an entry's data.
 */
export function fieldPatterns(schema: z.ZodType, test: (meta: FieldMeta) => boolean, prefix = ''): { pattern: string; meta: FieldMeta }[] {
  const out: { pattern: string; meta: FieldMeta }[] = [];
  for (const [name, child] of Object.entries(shapeOf(schema))) {
    const path = prefix ? `${prefix}.${name}` : name;
    const u = unwrap(child);
    if (u.meta && test(u.meta)) out.push({ pattern: path, meta: u.meta });
    const s = u.schema;
    if (s instanceof z.ZodObject) out.push(...fieldPatterns(s, test, path));
    else if (s instanceof z.ZodArray) {
      const element = unwrap(s.element as z.ZodType);
      if (element.meta && test(element.meta)) out.push({ pattern: `${path}.*`, meta: element.meta });
      const variants = variantsOf(element.schema);
      if (variants) for (const [, shape] of variants.options) out.push(...fieldPatterns(z.object(shape), test, `${path}.*`));
      else if (element.schema instanceof z.ZodObject) out.push(...fieldPatterns(element.schema, test, `${path}.*`));
    }
  }
  return out;
}
