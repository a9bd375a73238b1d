// The closing line of `npm test` (scripts/test-all.js): what it counts from jest and node:test.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { closingLine, jestCounts, nodeTestCounts } = require('../scripts/test-summary.js');

describe('the closing line of npm test', () => {
  test('"N passed, N failed", and ", N skipped" only when something was skipped', () => {
    expect(closingLine({ passed: 612, failed: 0, skipped: 0 })).toBe('612 passed, 0 failed');
    expect(closingLine({ passed: 611, failed: 2, skipped: 3 })).toBe('611 passed, 2 failed, 3 skipped');
  });

  test('counts jest’s skipped tests (numPendingTests) and a suite that could not run as a failure', () => {
    expect(jestCounts({ numPassedTests: 10, numFailedTests: 1, numRuntimeErrorTestSuites: 2, numPendingTests: 4 })).toEqual({ passed: 10, failed: 3, skipped: 4 });
  });

  test('counts node:test’s passed, failed and skipped tests from its own output', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-'));
    const file = path.join(dir, 'three.test.js');
    fs.writeFileSync(file, "const test = require('node:test');\ntest('a', () => {});\ntest('b', { skip: true }, () => {});\ntest('c', (t) => t.skip('no tool'));\n");
    const output = execFileSync(process.execPath, ['--test', '--test-reporter=spec', file], { encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(nodeTestCounts(output)).toEqual({ passed: 1, failed: 0, skipped: 2 });
    expect(nodeTestCounts('# pass 5\n# fail 1\n# skipped 0\n')).toEqual({ passed: 5, failed: 1, skipped: 0 });
  });
});
