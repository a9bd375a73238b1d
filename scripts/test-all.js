// `npm test`: type check, lint, unit tests (jest) and end-to-end tests (Chromium), in that order,
// then one closing line that sums them all: "N passed, N failed", and ", N skipped" when tests were
// skipped (a tool missing outside CI). Type check and lint count as one check each; jest and e2e count their tests.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { closingLine, jestCounts, nodeTestCounts } = require('./test-summary');

const root = path.join(__dirname, '..');
const out = path.join(root, 'test-output');
fs.mkdirSync(out, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

// A fresh machine may lack Debian's Chromium (e2e tests), xmllint (manifest schema test) and LibreOffice
// (the corpus as another writer saves it). As root we can install them, as .ci/run does; otherwise the
// tests that need them are skipped and counted, or fail under CI=true.
const tools = ['/usr/bin/chromium', '/usr/bin/xmllint', '/usr/bin/soffice'];
if (process.getuid && process.getuid() === 0 && tools.some((t) => !fs.existsSync(t))) {
  console.log('== installing chromium, libxml2-utils and libreoffice-writer-nogui with apt-get');
  spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium libxml2-utils fonts-dejavu-core libreoffice-writer-nogui'], { stdio: 'inherit' });
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const add = (counts) => Object.keys(totals).forEach((k) => (totals[k] += counts[k]));

function run(label, command, args, options = {}) {
  console.log(`\n== ${label}: ${[path.basename(command), ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8' });
  if (options.capture) process.stdout.write(result.stdout ?? '');
  return result;
}

function check(label, command, args) {
  const ok = run(label, command, args).status === 0;
  add({ passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  console.log(`== ${label}: ${ok ? 'ok' : 'FAILED'}`);
}

check('type check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
check('lint', bin('eslint'), ['.']);

const jestJson = path.join(out, 'jest.json');
fs.rmSync(jestJson, { force: true });
const jest = run('unit tests', bin('jest'), ['--ci', '--json', `--outputFile=${jestJson}`]);
if (fs.existsSync(jestJson)) {
  add(jestCounts(JSON.parse(fs.readFileSync(jestJson, 'utf8'))));
} else {
  totals.failed += 1;
}
if (jest.status !== 0 && fs.existsSync(jestJson) === false) console.log('== unit tests: jest did not finish');

const e2e = run('end-to-end tests', process.execPath, [path.join(root, 'test/e2e/run.js')], { capture: true });
const e2eCounts = nodeTestCounts(e2e.stdout ?? '');
add(e2eCounts);
if (e2e.status !== 0 && e2eCounts.failed === 0) totals.failed += 1; // crashed before reporting

console.log(`\n${closingLine(totals)}`);
process.exit(totals.failed === 0 ? 0 : 1);
