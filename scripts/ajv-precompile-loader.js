// webpack loader for src/core/schema-compile.ts in the browser build: instead of compiling JSON
// Schemas at run time (Ajv uses `new Function`, which the pages' Content-Security-Policy forbids),
// the module becomes the validators of data/schemas/*.schema.json compiled now, found by $id.
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv');
const standaloneCode = require('ajv/dist/standalone').default;

const SCHEMAS = path.join(__dirname, '..', 'data', 'schemas');

module.exports = function precompileSchemas() {
  const ajv = new Ajv({ allErrors: false, strict: false, code: { source: true } });
  const ids = {};
  for (const file of fs.readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json')).sort()) {
    const full = path.join(SCHEMAS, file);
    this.addDependency(full);
    const schema = JSON.parse(fs.readFileSync(full, 'utf8'));
    ajv.addSchema(schema);
    ids[file.replace(/\.schema\.json$/, '').replace(/\W/g, '_')] = schema.$id;
  }
  const byId = Object.entries(ids).map(([name, id]) => `${JSON.stringify(id)}: exports[${JSON.stringify(name)}]`);
  return (
    `${standaloneCode(ajv, ids)}\n` +
    `const byId = {${byId.join(', ')}};\n` +
    'exports.compileSchema = (schema) => {\n' +
    '  const validate = byId[schema.$id];\n' +
    '  if (!validate) throw new Error(`schema ${schema.$id} was not compiled into the build (data/schemas/)`);\n' +
    '  return validate;\n' +
    '};\n'
  );
};
