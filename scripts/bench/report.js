#!/usr/bin/env node
/**
 * The folder report at scale, against the compiled lib/ (npm run build:cli): jd-check --format html
 * over 1,000 and 5,000 files in its own process (files per second, peak memory: it should not grow
 * with the files), then the 5,000-document report in Chromium (its size; open, sort and filter times).
 * The files are 250 different job descriptions (units, managers, duties, errors), each saved 4 or 20 times;
 * a second 5,000-document report has no two messages alike (the worst case for its size).
 * `run()` resolves to the printed lines; run directly, it prints them.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'lib', 'src', 'cli', 'jd-check.js');
const VARIANTS = 250;
const RUNS = 3;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Job descriptions that differ as a large employer's do: unit, manager, position, duties, a few with errors. */
async function variants() {
  require('ts-node').register({ transpileOnly: true, project: path.join(ROOT, 'tsconfig.json') });
  const { writeDocx } = require(path.join(ROOT, 'src', 'docx', 'write.ts'));
  const { edited } = require(path.join(ROOT, 'test', 'compare', 'versions.ts'));
  const units = ['Hüvitiste osakond', 'Õigusosakond', 'Arendusosakond', 'Klienditeeninduse osakond', 'Finantsosakond', 'IT-osakond', 'Personaliosakond', 'Kommunikatsiooniosakond', 'Järelevalve osakond', 'Analüüsiosakond'];
  const out = [];
  for (let i = 0; i < VARIANTS; i++) {
    out.push(
      await writeDocx(
        edited((v) => {
          v.fields[1][1] = `${units[i % units.length]}${i >= 10 ? `, ${1 + (i % 4)}. talitus` : ''}`;
          v.fields[0][1] = ['Nõunik', 'Peaspetsialist', 'Jurist', 'Analüütik', 'Juhtivspetsialist'][i % 5];
          v.fields[2][1] = i % 7 === 0 ? '' : `${units[i % units.length]} juhataja`; // some without a manager: an error
          if (i % 3 === 0) v.languages[0] = 'Eesti keele valdamine vähemalt tasemel C2.'; // above C1: an error
          v.duties = v.duties.slice(0, 2 + (i % 3));
          v.duties.push([`Valdkonna ülesanne nr ${i} planeerimine ja korraldamine.`, i % 4 === 0 ? [''] : [`Ülesanne nr ${i} on täidetud.`]]);
          if (i % 5 === 0) v.competencies = [];
        }),
      ),
    );
  }
  return out;
}

function folder(dir, count, docs) {
  fs.mkdirSync(dir, { recursive: true });
  for (let n = 0; n < count; n++) {
    const sub = path.join(dir, `osakond-${n % 40}`);
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `ametijuhend-${String(n).padStart(5, '0')}.docx`), docs[n % docs.length]);
  }
}

/** jd-check in its own process; a preloaded hook writes the process's peak memory (maxRSS, KB) when it ends. */
function jdCheck(args, out, work) {
  const hook = path.join(work, 'peak.js');
  const peakFile = path.join(work, 'peak.txt');
  fs.writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(peakFile)}, String(process.resourceUsage().maxRSS)));`);
  const fd = fs.openSync(out, 'w');
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', hook, CLI, ...args], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  fs.closeSync(fd);
  if (r.status !== 0 && r.status !== 1) throw new Error(`jd-check exited ${r.status}: ${r.stderr}`);
  return { ms, peakMb: Number(fs.readFileSync(peakFile, 'utf8')) / 1024 };
}

/** Time (ms) of `action` in the page until the next frame is drawn. */
function timed(page, action) {
  return page.evaluate(`(async () => {
    const t = performance.now();
    ${action};
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    return performance.now() - t;
  })()`);
}

async function inChromium(file) {
  const { launch } = require(path.join(ROOT, 'test', 'e2e', 'helpers'));
  const browser = await launch({ width: 1280, height: 900 });
  const open = [];
  const sort = [];
  const filter = [];
  let shown = '';
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.context.newPage();
      await page.goto(`file://${file}`);
      await page.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout: 60000 });
      // Navigation start to the first frame with the summary and the table drawn.
      open.push(await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()))))));
      sort.push(await timed(page, `[...document.querySelectorAll('#docs thead button')].find((b) => b.textContent === 'Olek').click()`));
      sort.push(await timed(page, `[...document.querySelectorAll('#docs thead button')].find((b) => b.textContent === 'Ametinimetus').click()`));
      filter.push(await timed(page, `const f = document.getElementById('f-text'); f.value = 'jurist'; f.dispatchEvent(new Event('input'))`));
      filter.push(await timed(page, `const s = document.getElementById('f-status'); s.value = 'errors'; s.dispatchEvent(new Event('change'))`));
      shown = await page.locator('#count').innerText();
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return { open: median(open), sort: median(sort), filter: median(filter), shown };
}

/** A 5,000-document report in which every message is different (written by the html format itself, from real checks). */
function uniqueReport(docs) {
  const lib = (file) => require(path.join(ROOT, 'lib', 'src', file));
  const { readDocx } = lib('docx/read.js');
  const { checkDocument } = lib('core/engine.js');
  const { defaultCatalogue } = lib('core/catalogue/load.js');
  const { allRules } = lib('core/rules/index.js');
  const { htmlSink } = lib('cli/format/html.js');
  const catalogue = defaultCatalogue();
  const results = docs.map((bytes) => checkDocument(readDocx(bytes), { catalogue }));
  const sink = htmlSink({ lang: 'et', rules: allRules, version: 'bench', catalogue, source: 'bench' });
  const parts = [sink.begin()];
  for (let n = 0; n < 5000; n++) {
    const r = results[n % results.length];
    const findings = r.findings.map((f) => ({ ...f, message: { et: `${f.message.et} (${n})`, en: `${f.message.en} (${n})` } }));
    parts.push(sink.file({ file: `osakond-${n % 40}/ametijuhend-${n}.docx`, result: { ...r, findings } }));
  }
  parts.push(sink.end());
  return parts.join('');
}

async function run() {
  if (!fs.existsSync(CLI)) throw new Error('lib/ is missing: npm run build:cli');
  const lines = [];
  const say = (line) => {
    lines.push(line);
    console.log(line);
  };
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-bench-report-'));
  try {
    const docs = await variants();
    say(`report: machine: ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}; ${VARIANTS} different job descriptions, each saved many times`);
    const runs = {};
    for (const count of [1000, 5000]) {
      const dir = path.join(work, `kaust-${count}`);
      folder(dir, count, docs);
      runs[count] = jdCheck(['--format', 'html', dir], path.join(work, `aruanne-${count}.html`), work);
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const rate = (count) => Math.round(count / (runs[count].ms / 1000));
    say(`report: jd-check --format html, 1,000 files: ${rate(1000)} files/s, peak memory ${runs[1000].peakMb.toFixed(0)} MB`);
    say(`report: jd-check --format html, 5,000 files: ${rate(5000)} files/s, peak memory ${runs[5000].peakMb.toFixed(0)} MB (flat: the results are written as they come)`);
    const report = path.join(work, 'aruanne-5000.html');
    const bytes = fs.readFileSync(report);
    say(`report: 5,000 documents: ${(bytes.length / 1024 / 1024).toFixed(2)} MB (${(zlib.gzipSync(bytes).length / 1024).toFixed(0)} KB gzipped)`);
    const t = await inChromium(report);
    say(`report: in Chromium, 5,000 documents: open ${Math.round(t.open)} ms, sort ${Math.round(t.sort)} ms, filter ${Math.round(t.filter)} ms (target < 1000 ms each; median of ${RUNS} loads)`);
    const unique = path.join(work, 'aruanne-5000-unique.html');
    fs.writeFileSync(unique, uniqueReport(docs.slice(0, 20)));
    const u = await inChromium(unique);
    say(`report: 5,000 documents, no message alike: ${(fs.statSync(unique).size / 1024 / 1024).toFixed(2)} MB; open ${Math.round(u.open)} ms, sort ${Math.round(u.sort)} ms, filter ${Math.round(u.filter)} ms`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return lines;
}

module.exports = { run };

if (require.main === module) {
  run().catch((e) => {
    console.error(e && e.message ? e.message : e);
    process.exitCode = 1;
  });
}
