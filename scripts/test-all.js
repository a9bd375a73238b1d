// `npm test`: type check, lint, unit tests (jest) and end-to-end tests (Chromium), in that order,
// then one closing line that sums them all: "N passed, N failed".
// Type check and lint count as one check each; jest and e2e count their tests.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const out = path.join(root, 'test-output');
fs.mkdirSync(out, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

// A fresh machine may lack Debian's Chromium (e2e tests), xmllint (manifest schema test) and LibreOffice
// (the corpus as another writer saves it). As root we can install them, as .ci/run does; otherwise the
// tests that need them say so.
const tools = ['/usr/bin/chromium', '/usr/bin/xmllint', '/usr/bin/soffice'];
if (process.getuid && process.getuid() === 0 && tools.some((t) => !fs.existsSync(t))) {
  console.log('== installing chromium, libxml2-utils and libreoffice-writer-nogui with apt-get');
  spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium libxml2-utils fonts-dejavu-core libreoffice-writer-nogui'], { stdio: 'inherit' });
}

let passed = 0;
let failed = 0;

function run(label, command, args, options = {}) {
  console.log(`\n== ${label}: ${[path.basename(command), ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8' });
  if (options.capture) process.stdout.write(result.stdout ?? '');
  return result;
}

function check(label, command, args) {
  const ok = run(label, command, args).status === 0;
  if (ok) passed += 1;
  else failed += 1;
  console.log(`== ${label}: ${ok ? 'ok' : 'FAILED'}`);
}

check('type check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
check('lint', bin('eslint'), ['.']);

const jestJson = path.join(out, 'jest.json');
fs.rmSync(jestJson, { force: true });
const jest = run('unit tests', bin('jest'), ['--ci', '--json', `--outputFile=${jestJson}`]);
if (fs.existsSync(jestJson)) {
  const report = JSON.parse(fs.readFileSync(jestJson, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
} else {
  failed += 1;
}
if (jest.status !== 0 && fs.existsSync(jestJson) === false) console.log('== unit tests: jest did not finish');

const e2e = run('end-to-end tests', process.execPath, [path.join(root, 'test/e2e/run.js')], { capture: true });
const text = e2e.stdout ?? '';
const count = (word) => {
  const m = [...text.matchAll(new RegExp(`^(?:#|ℹ) ${word} (\\d+)$`, 'gm'))].pop();
  return m ? Number(m[1]) : 0;
};
const e2ePassed = count('pass');
const e2eFailed = count('fail');
passed += e2ePassed;
failed += e2eFailed;
if (e2e.status !== 0 && e2eFailed === 0) failed += 1; // crashed before reporting

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
