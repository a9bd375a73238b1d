import fs from 'fs';
import path from 'path';

// The build configuration: what goes into dist/ and how the manifest gets its deployment address.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js');

interface CopyPattern {
  from: string;
  to: string;
  transform?: (content: Buffer) => string | Buffer;
}

function config(mode = 'production') {
  return makeConfig(undefined, { mode });
}

function copyPatterns(): CopyPattern[] {
  const copy = config().plugins.find((p: object) => p.constructor.name === 'CopyPlugin');
  return copy.patterns;
}

afterEach(() => {
  delete process.env.ADDIN_BASE_URL;
});

test('production by default, no source maps, hashed file names, the pane entry always', () => {
  const c = makeConfig(undefined, {});
  expect(c.mode).toBe('production');
  expect(c.devtool).toBe(false);
  expect(c.output.filename).toBe('[name].[contenthash].js');
  expect(path.relative(process.cwd(), c.entry.taskpane)).toBe(path.join('src', 'taskpane', 'index.tsx'));
  expect(config('development').devtool).toBe('source-map');
});

test('the demo page is built only when its entry exists', () => {
  const hasDemo = fs.existsSync(path.resolve(__dirname, '../../src/demo/index.tsx'));
  expect('demo' in config().entry).toBe(hasDemo);
});

test('manifest.xml keeps the dev address unless ADDIN_BASE_URL is set', () => {
  const manifest = copyPatterns().find((p) => p.from === 'manifest.xml');
  expect(manifest).toBeDefined();
  const sample = Buffer.from('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/><IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>');
  expect(manifest!.transform!(sample).toString()).toBe(sample.toString());

  process.env.ADDIN_BASE_URL = 'https://jd.example.ee/addin';
  const out = copyPatterns().find((p) => p.from === 'manifest.xml')!.transform!(sample).toString();
  expect(out).toBe('<SourceLocation DefaultValue="https://jd.example.ee/addin/taskpane.html"/><IconUrl DefaultValue="https://jd.example.ee/addin/assets/icon-32.png"/>');
});

test('the catalogue is served next to the pane', () => {
  expect(copyPatterns()).toContainEqual(expect.objectContaining({ from: 'data/catalogue/default.json', to: 'catalogue/default.json' }));
});

// Issue 10, item 9: the pages' Content-Security-Policy, and validators that need no eval under it.
describe('Content-Security-Policy', () => {
  const { contentSecurityPolicy } = makeConfig;

  test('scripts from the server, the Office CDN and the pages\' own inline scripts; connections to the server and the catalogue', () => {
    const policy: string = contentSecurityPolicy({ catalogueUrl: 'https://intra.example.ee:8443/kataloog/k.json', inlineScripts: ['alert(1)'] });
    const directives = Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com', "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"]);
    expect(directives['connect-src']).toEqual(["'self'", 'https://intra.example.ee:8443']);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['script-src']).not.toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({}).split('; ')).toContain("connect-src 'self'");
  });

  test('the browser build compiles the schemas at build time; they judge data as the run-time compiler does', () => {
    const rule = config().module.rules.find((r: { use?: unknown }) => typeof r.use === 'string' && /ajv-precompile-loader/.test(r.use as string));
    expect(rule.test).toBe(path.resolve(__dirname, '../../src/core/schema-compile.ts'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loader = require('../../scripts/ajv-precompile-loader.js');
    const code: string = loader.call({ addDependency: () => undefined });
    const built: { exports: { compileSchema(schema: object): ((data: unknown) => boolean) & { errors?: unknown } } } = { exports: {} as never };
    new Function('exports', 'require', code)(built.exports, require);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { compileSchema } = require('../../src/core/schema-compile');
    for (const file of fs.readdirSync(path.resolve(__dirname, '../../data/schemas'))) {
      const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../data/schemas', file), 'utf8'));
      const atBuild = built.exports.compileSchema(schema);
      const atRun = compileSchema(schema);
      const catalogue = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../data/catalogue/default.json'), 'utf8'));
      for (const data of [catalogue, { ...catalogue, version: 1 }, {}, null]) {
        expect(atBuild(data)).toBe(atRun(data));
        expect(atBuild.errors).toEqual(atRun.errors);
      }
    }
    expect(() => built.exports.compileSchema({ $id: 'https://elsewhere.example/x.json' })).toThrow(/was not compiled into the build/);
  });
});
