#!/usr/bin/env node
// `npm run test:e2e`: builds dist/ when missing or stale, serves it on a free port, and runs the
// end-to-end tests (test/e2e/*.test.js) with Node's test runner, which prints the closing counts.
// Exits non-zero when a test fails or the browser is missing.
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { ensureBuilt, DIST } = require('../../scripts/start');
const { serve } = require('../../scripts/serve');
const { chromiumMissing, SCREENSHOTS } = require('./helpers');

async function main() {
  const missing = chromiumMissing();
  if (missing) {
    console.error(missing);
    return 1;
  }
  ensureBuilt({ log: (line) => console.log(line) });
  const server = await serve({ root: DIST, httpPort: 0 });
  const files = process.argv.slice(2).length
    ? process.argv.slice(2)
    : fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort().map((f) => path.join(__dirname, f));
  try {
    const code = await new Promise((resolve) => {
      const child = spawn(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', ...files], {
        stdio: 'inherit',
        env: { ...process.env, E2E_BASE_URL: `http://127.0.0.1:${server.httpPort}` },
      });
      child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
    });
    console.log(`Screenshots: ${SCREENSHOTS}`);
    return code;
  } finally {
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err && err.message ? err.message : err);
    process.exit(1);
  },
);
