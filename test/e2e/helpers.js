// Shared pieces of the end-to-end tests: the browser (the system's Chromium, never a download),
// the server (started by run.js, or here when a test file is run on its own) and page helpers.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const ROOT = path.join(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');

function chromiumMissing() {
  return fs.existsSync(CHROMIUM)
    ? undefined
    : `Chromium was not found at ${CHROMIUM}. Install it with "apt-get update && apt-get install -y chromium" ` +
        '(or set CHROMIUM_PATH); the end-to-end tests never download a browser.';
}

/** A headless Chromium with a fresh profile; close() also removes the profile. */
async function launch({ width = 1280, height = 900 } = {}) {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width, height },
    acceptDownloads: true,
    locale: 'et-EE',
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

let ownServer;
/** The demo server's base URL: run.js passes E2E_BASE_URL; a file run alone starts its own server. */
async function baseUrl() {
  if (process.env.E2E_BASE_URL) return process.env.E2E_BASE_URL;
  if (!ownServer) {
    const { ensureBuilt, DIST } = require('../../scripts/start');
    const { serve } = require('../../scripts/serve');
    ensureBuilt({ log: (line) => console.error(line) });
    ownServer = serve({ root: DIST, httpPort: 0 });
  }
  const server = await ownServer;
  return `http://127.0.0.1:${server.httpPort}`;
}

async function stopOwnServer() {
  if (ownServer) await (await ownServer).close();
  ownServer = undefined;
}

/**
 * Opens the demo page and waits until the pane's tabs are there. Errors on the page fail the
 * test at the end (see `page.jdErrors`).
 */
async function openDemo(context, query = '') {
  const page = await context.newPage();
  page.jdErrors = [];
  page.on('pageerror', (e) => page.jdErrors.push(String(e)));
  page.on('console', (m) => {
    // A failed request is reported below with its address.
    if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) page.jdErrors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) page.jdErrors.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${await baseUrl()}/demo.html${query}`);
  await page.getByRole('tab').first().waitFor();
  return page;
}

/** The pane (the aside beside the document). */
function pane(page) {
  return page.locator('#pane');
}

/** Texts of all blocks, in order, straight from the demo host. */
function blockTexts(page) {
  return page.evaluate(() => window.__demo.host.snapshot.blocks.map((b) => b.text));
}

function snapshot(page) {
  return page.evaluate(() => window.__demo.host.snapshot);
}

/** The index of the block highlighted in the document view, or undefined. */
async function highlightedBlock(page) {
  const selected = page.locator('.page .selected');
  if ((await selected.count()) === 0) return undefined;
  return Number(await selected.first().getAttribute('data-block'));
}

/**
 * Clicks Kontrolli (or Kontrolli uuesti) on the Kontrolli tab and waits until the check has
 * finished: the button is enabled again under its "again" name and no spinner is left.
 */
async function runCheck(page, { tab = 'Kontrolli', again = 'Kontrolli uuesti', busy = 'Kontrollin…' } = {}) {
  const p = pane(page);
  await p.getByRole('tab', { name: tab }).click();
  const panel = p.locator('[role=tabpanel]:not([hidden])');
  await panel.getByRole('button').first().click();
  await panel.getByRole('button', { name: again, disabled: false }).waitFor();
  await panel.getByText(busy).waitFor({ state: 'hidden' });
}

/** The messages of the findings shown in the pane, in order. */
async function shownFindings(page, region = 'Leiud') {
  return pane(page).getByRole('region', { name: region }).locator('li > button:first-child').allInnerTexts();
}

/** Edits a block of the document view as a person does there: a double click, the text typed over it, Enter. */
async function typeInBlock(page, block, text) {
  await page.locator(`.page [data-block="${block}"]`).dblclick();
  const input = page.getByRole('textbox', { name: /^(Lõigu tekst|Paragraph text)$/ });
  await input.fill(text);
  await input.press('Enter');
  await until(async () => (await blockTexts(page))[block] === text, { what: `block ${block} to read "${text}"` });
}

/** Polls `fn` until it returns a truthy value (or throws after `timeout` ms with the last value). */
async function until(fn, { timeout = 10000, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs the core engine on a snapshot in this process (TypeScript sources through ts-node). */
function engine() {
  require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
  return require('../../src/core/engine');
}

/**
 * The engine's findings as the pane shows them (src/taskpane/check/messages.ts): a message does not
 * repeat the section its group's heading names; dismissed ones are left out.
 */
function asShown(result, lang = 'et') {
  engine();
  const { messageIn } = require('../../src/taskpane/check/messages');
  return result.findings.filter((f) => !f.dismissed).map((f) => messageIn(f, result.profile.sections.find((s) => s.id === f.section), lang));
}

function screenshotPath(name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, `${name}.png`);
}

/**
 * Waits until the pane is idle: nothing in it has changed for 300 ms, no spinner, and no colour
 * transition still running (a button turning from disabled to enabled would be measured half-way).
 */
async function settled(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const pane = document.querySelector('#pane');
        let timer;
        const busy = () =>
          pane.querySelector('.fui-Spinner') ||
          document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity);
        const check = () => {
          if (busy()) timer = setTimeout(check, 100);
          else {
            observer.disconnect();
            resolve();
          }
        };
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(check, 300);
        });
        observer.observe(pane, { subtree: true, childList: true, attributes: true, characterData: true });
        timer = setTimeout(check, 300);
      }),
  );
}

/**
 * A screenshot of the pane at its real width (320 px), named for the pane's language:
 * test-output/screenshots/pane-320-<et|en>-<name>.png. `scrollTo` is brought into the pane's view first.
 */
async function paneShot(page, name, scrollTo) {
  if (scrollTo) await scrollTo.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await settled(page);
  const lang = await page.evaluate(() => document.documentElement.lang);
  await pane(page).screenshot({ path: screenshotPath(`pane-320-${lang}-${name}`) });
}

/** axe finds nothing wrong in the pane as it is now. */
async function assertAccessible(page, selector = '#pane') {
  const { deepEqual } = require('node:assert/strict');
  deepEqual(await axeViolations(page, selector), []);
}

/** Opens the demo in each language in turn and runs `body(page, lang, t)`, `t` picking the text of that language. */
async function inBothLanguages(context, query, body) {
  for (const lang of ['et', 'en']) {
    const page = await openDemo(context, `${query}${query ? '&' : '?'}lang=${lang}`);
    await body(page, lang, (et, en) => (lang === 'et' ? et : en));
    require('node:assert/strict').deepEqual(page.jdErrors, []);
    await page.close();
  }
}

/**
 * One browser for a test file: launched before its tests, closed (with the server) after them.
 * Returns an object whose `context` is the browser's context once launched.
 */
function browserForFile(options) {
  const { before, after } = require('node:test');
  const holder = {};
  before(async () => {
    Object.assign(holder, await launch(options));
  });
  after(async () => {
    await holder.close?.();
    await stopOwnServer();
  });
  return holder;
}

const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/**
 * axe's violations inside `selector` (the pane) once it has settled, one line each (rule, impact, help, the first offending elements).
 * axe is evaluated, not added as a <script>: the pages' Content-Security-Policy blocks inline scripts.
 */
async function axeViolations(page, selector = '#pane') {
  await settled(page);
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async (selector) => {
    const result = await window.axe.run(document.querySelector(selector), { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${JSON.stringify(n.any[0]?.data ?? '')}`) }));
  }, selector);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.join(', ')}`);
}

module.exports = {
  ROOT,
  browserForFile,
  SCREENSHOTS,
  launch,
  baseUrl,
  stopOwnServer,
  openDemo,
  pane,
  blockTexts,
  snapshot,
  highlightedBlock,
  runCheck,
  typeInBlock,
  shownFindings,
  until,
  engine,
  asShown,
  settled,
  axeViolations,
  assertAccessible,
  paneShot,
  inBothLanguages,
  screenshotPath,
  chromiumMissing,
};
