import fs from 'fs';
import os from 'os';
import path from 'path';
import webpack from 'webpack';

// Issue 10, item 10: @microsoft/office-js-helpers (archived; it bundles core-js 2 and rxjs 5)
// stays in its one lazily loaded module. Checked from the chunk list of a real production build
// of an entry that uses src/word/officeHelpers.ts the way the pane would.

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js');

interface ChunkList {
  initial: string[];
  lazy: string[];
  initialPackages: string[];
  lazyPackages: string[];
}

/** A string core-js 2 puts in every bundle that holds it (the key of its shared store). */
const CORE_JS_2 = '__core-js_shared__';
const HELPERS = '@microsoft/office-js-helpers';

let out: string;
let probe: ChunkList;

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-chunks-'));
  const config = makeConfig(undefined, { mode: 'production' });
  config.entry = { probe: path.join(__dirname, 'fixtures', 'office-helpers-probe.ts') };
  config.output = { ...config.output, path: out };
  // Only the chunk list matters here: no pages, no copies.
  config.plugins = config.plugins.filter((p: object) => p.constructor.name === 'ChunkListPlugin' || p.constructor.name === 'DefinePlugin');
  const stats = await new Promise<webpack.Stats>((resolve, reject) => webpack(config).run((err, s) => (err || !s ? reject(err) : resolve(s))));
  expect(stats.hasErrors()).toBe(false);
  probe = JSON.parse(fs.readFileSync(path.join(out, 'chunks.json'), 'utf8')).probe;
}, 120000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const read = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');

test('the library is in a lazy chunk and nowhere in the first load', () => {
  expect(probe.lazyPackages).toContain(HELPERS);
  expect(probe.initialPackages).not.toContain(HELPERS);
  expect(probe.initialPackages).not.toContain('core-js');
  expect(probe.initialPackages).not.toContain('rxjs');
});

test('what it bundles (core-js 2, rxjs 5) is only in that lazy chunk', () => {
  expect(probe.initial.some((f) => read(f).includes(CORE_JS_2))).toBe(false);
  expect(probe.initial.some((f) => /\bObservable\b.*\bsubscribe\b/s.test(read(f)))).toBe(false);
  const withCoreJs = probe.lazy.filter((f) => read(f).includes(CORE_JS_2));
  expect(withCoreJs).toHaveLength(1);
  expect(read(withCoreJs[0])).toMatch(/\bObservable\b/);
});

test('only src/word/officeHelpers.ts imports the library, and only with import()', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (/\.tsx?$/.test(e.name)) files.push(path.join(dir, e.name));
    }
  };
  walk(path.join(__dirname, '..', '..', 'src'));
  const users = files.filter((f) => fs.readFileSync(f, 'utf8').includes(HELPERS)).map((f) => path.relative(path.join(__dirname, '..', '..'), f));
  expect(users).toEqual([path.join('src', 'word', 'officeHelpers.ts')]);
  const source = fs.readFileSync(path.join(__dirname, '..', '..', users[0]), 'utf8');
  expect(source).not.toMatch(new RegExp(`^import [^(]*from '${HELPERS}'`, 'm'));
  expect(source).toContain(`import('${HELPERS}')`);
});
