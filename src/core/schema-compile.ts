import Ajv, { type ValidateFunction } from 'ajv';

/**
 * Compiles a JSON Schema at run time (command lines, tests). Ajv compiles to code with `new
 * Function`, which the pane's Content-Security-Policy forbids, so the browser build replaces this
 * module with validators compiled at build time (scripts/ajv-precompile-loader.js).
 */
const ajv = new Ajv({ allErrors: false, strict: false });

export function compileSchema(schema: object): ValidateFunction {
  return ajv.compile(schema);
}
