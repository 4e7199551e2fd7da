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

/** Allowed keys of the object schema found by following `path`, or undefined. */
export function keysAt(schema: z.ZodType, path: ReadonlyArray<string | number>): string[] | undefined {
  let current = unwrap(schema);
  for (const step of path) {
    if (current instanceof z.ZodObject && typeof step === 'string') current = unwrap(current.shape[step] as z.ZodType);
    else if (current instanceof z.ZodArray && typeof step === 'number') current = unwrap(current.element as z.ZodType);
    else if (current instanceof z.ZodRecord) current = unwrap(current.valueType as z.ZodType);
    else return undefined;
    if (!current) return undefined;
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : undefined;
}

/** The allowed key closest to `key`, when it is close enough to be a typo. */
export function closestKey(key: string, allowed: readonly string[]): string | undefined {
  return closestMatch(key, allowed, Math.max(2, Math.floor(key.length / 4)));
}
