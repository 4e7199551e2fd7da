/**
 * The field names a schema allows at a path, so an unknown field can be answered with
 * "did you mean …" instead of a bare rejection.
 */
import { z } from 'astro/zod';
import { closestMatch } from '../closest.ts';

function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (let i = 0; i < 10; i++) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else break;
  }
  return current;
}

/** The option of a discriminated union that `value` selects by its discriminator, if any. */
function pickOption(schema: z.ZodType, value: unknown): z.ZodType {
  if (!(schema instanceof z.ZodDiscriminatedUnion) || value === null || typeof value !== 'object') return schema;
  const key = schema._zod.def.discriminator;
  const tag = (value as Record<string, unknown>)[key];
  const option = schema.options.find(
    (o) => o instanceof z.ZodObject && (o.shape[key] as z.ZodType | undefined)?.safeParse(tag).success,
  );
  return option ? unwrap(option as z.ZodType) : schema;
}

/**
 * Allowed keys of the object schema found by following `path`, or undefined. `data` (the
 * file's content) picks the option of a discriminated union, e.g. a kit item by `kind`.
 */
export function keysAt(
  schema: z.ZodType,
  path: ReadonlyArray<string | number>,
  data?: unknown,
): string[] | undefined {
  let node = data;
  let current = pickOption(unwrap(schema), node);
  for (const step of path) {
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[step] : undefined;
    if (current instanceof z.ZodObject && typeof step === 'string') current = unwrap(current.shape[step] as z.ZodType);
    else if (current instanceof z.ZodArray && typeof step === 'number') current = unwrap(current.element as z.ZodType);
    else if (current instanceof z.ZodRecord) current = unwrap(current.valueType as z.ZodType);
    else return undefined;
    if (!current) return undefined;
    current = pickOption(current, node);
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : undefined;
}

/** The allowed key closest to `key`, when it is close enough to be a typo. */
export function closestKey(key: string, allowed: readonly string[]): string | undefined {
  return closestMatch(key, allowed, Math.max(2, Math.floor(key.length / 4)));
}
