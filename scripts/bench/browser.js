#!/usr/bin/env node
/**
 * The pane in a real browser (the system's Chromium), in the demo host with a 400-duty document
 * (demo.html?doc=bench400): time to interactive (navigation start → the Kontrolli button enabled,
 * opening the Kontrolli tab as soon as it appears) and Kontrolli → findings shown.
 * Median of several fresh page loads. Builds dist/ and starts the server itself.
 * `run()` resolves to the printed line; run directly, it prints it.
 */
'use strict';
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');
const LOADS = 5;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Runs in the page before its own scripts: clicks the Kontrolli tab the moment it exists and
 * notes (in ms since navigation start) when the Kontrolli button becomes usable.
 */
function watchForCheckButton() {
  const visibleButton = () =>
    [...document.querySelectorAll('#pane [role=tabpanel]:not([hidden]) button')].find((b) => b.textContent.trim() === 'Kontrolli');
  let tabClicked = false;
  const observer = new MutationObserver(() => {
    const tab = [...document.querySelectorAll('#pane [role=tab]')].find((t) => t.textContent.trim() === 'Kontrolli');
    if (tab && !tabClicked) {
      tabClicked = true;
      tab.click();
    }
    const button = visibleButton();
    if (button && !button.disabled) {
      window.__bench = { interactive: performance.now() };
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/** Clicks Kontrolli and resolves with the ms until the result and its findings are on screen. */
function checkAndWait() {
  return new Promise((resolve) => {
    const panel = () => document.querySelector('#pane [role=tabpanel]:not([hidden])');
    const button = [...panel().querySelectorAll('button')].find((b) => b.textContent.trim() === 'Kontrolli');
    const done = () => {
      const p = panel();
      const again = [...p.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Kontrolli uuesti' && !b.disabled);
      return again && p.querySelectorAll('[aria-label="Leiud"] li').length > 0;
    };
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      // The next frame is when the findings are painted.
      requestAnimationFrame(() => resolve({ ms: performance.now() - start, findings: panel().querySelectorAll('[aria-label="Leiud"] li').length }));
    });
    observer.observe(panel(), { childList: true, subtree: true, attributes: true, characterData: true });
    button.click();
  });
}

async function run() {
  const { ensureBuilt, DIST } = require(path.join(ROOT, 'scripts', 'start'));
  const { serve } = require(path.join(ROOT, 'scripts', 'serve'));
  const { launch } = require(path.join(ROOT, 'test', 'e2e', 'helpers'));
  ensureBuilt({ log: (line) => console.error(line) });
  const server = await serve({ root: DIST, httpPort: 0 });
  const browser = await launch({ width: 1280, height: 900 });
  const interactive = [];
  const check = [];
  let findings = 0;
  try {
    for (let i = 0; i < LOADS; i++) {
      const page = await browser.context.newPage();
      await page.addInitScript(watchForCheckButton);
      await page.goto(`http://127.0.0.1:${server.httpPort}/demo.html?doc=bench400`);
      await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 60000 });
      interactive.push(await page.evaluate(() => window.__bench.interactive));
      const duties = await page.evaluate(() => window.__demo.host.snapshot.blocks.filter((b) => b.table?.table === 1 && b.table.col === 0 && b.table.row > 0).length);
      if (duties !== 400) throw new Error(`The benchmark document has ${duties} duties, not 400`);
      const result = await page.evaluate(checkAndWait);
      check.push(result.ms);
      findings = result.findings;
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const line =
    `browser: pane time to interactive ${Math.round(median(interactive))} ms; ` +
    `Kontrolli → findings shown (400 duties) ${Math.round(median(check))} ms`;
  console.log(line);
  console.log(`  (median of ${LOADS} fresh loads of demo.html?doc=bench400; ${findings} findings listed; Chromium headless, this machine)`);
  return line;
}

if (require.main === module) {
  run().catch((e) => {
    console.error(e && e.message ? e.message : e);
    process.exit(1);
  });
}

module.exports = { run };
