#!/usr/bin/env node
// `npm start`: builds dist/ when it is missing or older than the sources, then serves it:
// HTTPS on localhost:3000 for Word (the manifest's address) and HTTP on localhost:3001 for the demo page.
// Environment: PORT (HTTPS, default 3000), DEMO_PORT (HTTP, default 3001), HOST (default 127.0.0.1).
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { serve } = require('./serve');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.build-stamp');
/** What the web build is made from. */
const WEB_INPUTS = ['src', 'data', 'assets', 'webpack.config.js', 'manifest.xml', 'package-lock.json', 'tsconfig.json'];
const WEB_OUTPUTS = ['taskpane.html', 'demo.html'];

function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** True when dist/ has the pages and was built (by us) after the last change to its inputs. */
function distIsFresh() {
  if (!WEB_OUTPUTS.every((f) => fs.existsSync(path.join(DIST, f)))) return false;
  if (!fs.existsSync(STAMP)) return false;
  const built = fs.statSync(STAMP).mtimeMs;
  return WEB_INPUTS.every((input) => newestMtime(path.join(ROOT, input)) <= built);
}

function run(command, args, log) {
  log(`> ${command} ${args.join(' ')}`);
  // No shell: the command is node itself, and paths with spaces (C:\Program Files) stay whole.
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/** Builds the task pane and the demo page with webpack unless dist/ is fresh. */
function ensureBuilt({ force = false, log = console.log } = {}) {
  if (!force && distIsFresh()) return false;
  // While sources change under you, JD_NO_REBUILD=1 keeps using the dist/ you have.
  if (!force && process.env.JD_NO_REBUILD && WEB_OUTPUTS.every((f) => fs.existsSync(path.join(DIST, f)))) return false;
  const started = Date.now();
  run(process.execPath, [path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production', '--stats=errors-warnings'], log);
  const missing = WEB_OUTPUTS.filter((f) => !fs.existsSync(path.join(DIST, f)));
  if (missing.length) throw new Error(`The build did not produce ${missing.join(', ')} in dist/`);
  fs.writeFileSync(STAMP, new Date().toISOString() + '\n');
  log(`Built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

/** The command line (lib/) is built by `npm run build:cli`; rebuild it when older than src/. */
function ensureCliBuilt(log = console.log) {
  const cli = path.join(ROOT, 'lib', 'src', 'cli', 'jd-check.js');
  if (fs.existsSync(cli) && fs.statSync(cli).mtimeMs >= Math.max(newestMtime(path.join(ROOT, 'src')), newestMtime(path.join(ROOT, 'data')))) return;
  run(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'], log);
}

function port(name, fallback) {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be a port number, got "${value}"`);
  return n;
}

async function main() {
  const httpsPort = port('PORT', 3000);
  const httpPort = port('DEMO_PORT', 3001);
  ensureBuilt();
  try {
    ensureCliBuilt();
  } catch (err) {
    // The add-in and the demo do not need the command line; say so and serve them anyway.
    console.warn(`The command line (jd-check) was not built: ${err.message}`);
  }
  const server = await serve({ root: DIST, httpsPort, httpPort, host: process.env.HOST || '127.0.0.1' });
  const s = `https://localhost:${server.httpsPort}`;
  console.log('');
  console.log(`Word sideloads from: ${s}/manifest.xml (taskpane ${s}/taskpane.html)`);
  console.log(`Demo (no Word needed): http://localhost:${server.httpPort}/demo.html`);
  console.log(`HTTPS certificate: ${server.certFile} (Word must trust it, see README)`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((err) => {
    if (err && err.code === 'EADDRINUSE') console.error(`Port ${err.port} is in use: stop the other server or set PORT / DEMO_PORT.`);
    else console.error(err && err.message ? err.message : err);
    process.exit(1);
  });
}

module.exports = { ensureBuilt, distIsFresh, DIST };
