import type { ErrorObject, ValidateFunction } from 'ajv';
import { compileSchema } from './schema-compile';

/** Bad data (a profile, a catalogue): the message names the file and the field. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${file}: ${field || '(root)'}: ${reason}`);
    this.name = 'DataError';
  }
}

const compiled = new WeakMap<object, ValidateFunction>();

function describe(error: ErrorObject): { field: string; reason: string } {
  let field = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
  let reason = error.message ?? 'is invalid';
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    field = field ? `${field}.${missing}` : missing;
    reason = 'is required';
  } else if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    field = field ? `${field}.${extra}` : extra;
    reason = 'is not a known field';
  } else if (error.keyword === 'enum') {
    reason = `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  }
  return { field, reason };
}

/**
 * Validates `data` against a JSON Schema and returns it typed, or throws a DataError naming
 * `file` and the first bad field (e.g. "competencies.3.name.en").
 */
export function validateData<T>(schema: object, data: unknown, file: string): T {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = compileSchema(schema);
    compiled.set(schema, validate);
  }
  if (!validate(data)) {
    const { field, reason } = describe(validate.errors![0]);
    throw new DataError(file, field, reason);
  }
  return data as T;
}

/** Parses JSON text, turning a syntax error into a DataError for `file`. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DataError(file, '', `is not valid JSON (${(e as Error).message})`);
  }
}
