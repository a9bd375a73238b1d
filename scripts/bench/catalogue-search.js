#!/usr/bin/env node
/**
 * Catalogue search speed: builds a 1,000-entry catalogue, types several queries keystroke by
 * keystroke, and prints the median and 95th percentile time per keystroke.
 * Runs against the compiled core: `npm run build:cli` first.
 */
const path = require('path');

const TARGET_MS = 2;
const ENTRIES = 1000;
const QUERIES = ['koostöövõime', 'kliendikeskus', 'EFEKTIIVSUS', 'analüüsi võime', 'pingetaluvus stress', 'teenusedisain', 'juhendamine 517'];

function load(rel) {
  return require(path.join(__dirname, '..', '..', 'lib', rel));
}

/** The shipped entries repeated with numbered names and words, to 1,000 distinct entries. */
function bigCatalogue(shipped) {
  const competencies = [];
  for (let i = 0; i < ENTRIES; i++) {
    const base = shipped.competencies[i % shipped.competencies.length];
    const n = String(i);
    competencies.push({
      ...base,
      id: `${base.id}-${n}`,
      name: { et: `${base.name.et} ${n}`, en: `${base.name.en} ${n}` },
      description: { et: `${base.description.et} Variant ${n}.`, en: `${base.description.en} Variant ${n}.` },
      keywords: [...base.keywords, `märksõna${n}`],
      levels: undefined,
    });
  }
  return { ...shipped, competencies };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function run() {
  const { defaultCatalogue, loadCatalogue } = load('src/core/catalogue/load.js');
  const { createSearchIndex } = load('src/core/catalogue/search.js');
  const catalogue = loadCatalogue(bigCatalogue(defaultCatalogue()), 'bench');
  // Warm up the JIT on a separate index so the figures describe steady typing.
  const warm = createSearchIndex(catalogue, 'et');
  for (const q of QUERIES) for (let k = 1; k <= q.length; k++) warm.search(q.slice(0, k));
  const times = [];
  let found = 0;
  for (let round = 0; round < 5; round++) {
    // A fresh index each round: nothing typed before is remembered.
    const index = createSearchIndex(catalogue, 'et');
    for (const query of QUERIES) {
      for (let k = 1; k <= query.length; k++) {
        const typed = query.slice(0, k);
        const start = process.hrtime.bigint();
        found += index.search(typed).length;
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 50);
  const p95 = percentile(times, 95);
  const line = `catalogue: search per keystroke over ${ENTRIES} entries: ${median.toFixed(2)} ms median, ${p95.toFixed(2)} ms p95 (target < ${TARGET_MS} ms)`;
  console.log(line);
  return { entries: ENTRIES, keystrokes: times.length, medianMs: median, p95Ms: p95, targetMs: TARGET_MS, ok: p95 < TARGET_MS, results: found, line };
}

module.exports = { run };

if (require.main === module) {
  const result = run();
  process.exitCode = result.ok ? 0 : 1;
}
