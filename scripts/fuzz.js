// `npm run fuzz`: the long form of the seeded fuzz tests (test/fuzz/): at least 10,000 mutated
// .docx files and thousands of catalogues, CSV files and workbooks. `npm test` runs the short form.
// JD_FUZZ_SEED=<n> picks another seed; a failure prints the line that replays it.
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const jest = path.join(root, 'node_modules', '.bin', 'jest');
const result = spawnSync(jest, ['--ci', 'test/fuzz', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, JD_FUZZ: 'long' },
});
process.exit(result.status ?? 1);
