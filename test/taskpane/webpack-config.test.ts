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
