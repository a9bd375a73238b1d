#!/usr/bin/env node
/**
 * Engine and jd-check benchmark, against the compiled lib/ (npm run build:cli):
 * core validation of a 400-duty document, readDocx, and jd-check per file, in-process and as a
 * whole process, beside mammoth.extractRawText on the same files in the same run.
 * `run()` resolves to the printed lines; run directly, it prints them.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');
const LIB = path.join(ROOT, 'lib', 'src');
const DUTIES = 400;
const BATCH = 50;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function now() {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Median time of `fn` in ms after a warm-up. */
function timeMedian(fn, runs, warmup = 5) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    fn();
    times.push(now() - t);
  }
  return median(times);
}

async function timeMedianAsync(fn, runs, warmup = 3) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    await fn();
    times.push(now() - t);
  }
  return median(times);
}

function ensureLib() {
  if (fs.existsSync(path.join(LIB, 'cli', 'jd-check.js'))) return;
  spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

/** The 400-duty fixture, built by test/fixtures/build.ts (through ts-node, transpile only). */
async function largeDocx() {
  require('ts-node').register({ transpileOnly: true, project: path.join(ROOT, 'tsconfig.json') });
  const build = require(path.join(ROOT, 'test', 'fixtures', 'build.ts'));
  return build.buildLargeDocx(DUTIES);
}

const fmt = (ms) => `${ms.toFixed(2)} ms`;

async function run() {
  ensureLib();
  const lines = [];
  const say = (line) => {
    lines.push(line);
    console.log(line);
  };
  const { readDocx } = require(path.join(LIB, 'docx', 'read.js'));
  const { checkDocument } = require(path.join(LIB, 'core', 'engine.js'));
  const { defaultProfiles } = require(path.join(LIB, 'core', 'profiles.js'));
  const { defaultCatalogue } = require(path.join(LIB, 'core', 'catalogue', 'load.js'));
  const { checkBytes } = require(path.join(LIB, 'cli', 'check-file.js'));
  const mammoth = require('mammoth');

  const bytes = await largeDocx();
  const profiles = defaultProfiles();
  const catalogue = defaultCatalogue();
  const snapshot = readDocx(bytes);
  const check = checkDocument(snapshot, { profiles, catalogue });
  say(`engine: machine: ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} (timings grow with load)`);
  say(`engine: fixture ${DUTIES} duties: ${bytes.length} bytes, ${snapshot.blocks.length} blocks, ${check.jd.duties.length} duties read, ${check.findings.length} findings`);

  const core = timeMedian(() => checkDocument(snapshot, { profiles, catalogue }), 50);
  say(`engine: checkDocument ${DUTIES} duties: ${fmt(core)} (target < 10 ms)`);
  const read = timeMedian(() => readDocx(bytes), 20);
  say(`engine: readDocx ${DUTIES} duties: ${fmt(read)}`);

  // A batch of files on disk, read and checked one by one as jd-check does.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-bench-'));
  try {
    const files = [];
    for (let i = 0; i < BATCH; i++) {
      const f = path.join(dir, `ametijuhend-${i}.docx`);
      fs.writeFileSync(f, bytes);
      files.push(f);
    }
    const cliBatch = await timeMedianAsync(async () => {
      for (const f of files) checkBytes(fs.readFileSync(f), { profiles, catalogue });
    }, 3, 1);
    const mammothBatch = await timeMedianAsync(async () => {
      for (const f of files) await mammoth.extractRawText({ buffer: fs.readFileSync(f) });
    }, 3, 1);
    const cliPerFile = cliBatch / BATCH;
    const mammothPerFile = mammothBatch / BATCH;
    say(`engine: jd-check in-process per file (read + check, batch of ${BATCH}): ${fmt(cliPerFile)}`);
    say(`engine: mammoth.extractRawText per file (same files): ${fmt(mammothPerFile)}`);
    say(`engine: jd-check is ${(mammothPerFile / cliPerFile).toFixed(1)}x faster per file than mammoth (target >= 2x)`);
    say(`engine: readDocx alone is ${(mammothPerFile / read).toFixed(1)}x faster than mammoth.extractRawText`);

    // Whole processes: node start-up, loading, then the batch.
    const cli = path.join(LIB, 'cli', 'jd-check.js');
    let t = now();
    const cliRun = spawnSync(process.execPath, [cli, '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const cliProcess = now() - t;
    const mammothScript = `const m=require('mammoth'),fs=require('fs');(async()=>{for(const f of process.argv.slice(1))await m.extractRawText({buffer:fs.readFileSync(f)})})()`;
    t = now();
    spawnSync(process.execPath, ['-e', mammothScript, ...files], { cwd: ROOT, encoding: 'utf8' });
    const mammothProcess = now() - t;
    say(`engine: jd-check process, batch of ${BATCH}: ${fmt(cliProcess)} (${fmt(cliProcess / BATCH)} per file, exit ${cliRun.status})`);
    say(`engine: mammoth process, batch of ${BATCH}: ${fmt(mammothProcess)} (${fmt(mammothProcess / BATCH)} per file)`);
    say(`engine: jd-check process is ${(mammothProcess / cliProcess).toFixed(1)}x faster than mammoth for the batch`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

module.exports = { run };

if (require.main === module) {
  run().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
