// The folder report (jd-check --format html) in Chromium, opened from a file as from a file share:
// no console error, no axe violation, screenshots; the summary; sorting and filtering with the
// keyboard and the mouse; pages; every selected row for printing.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const h = require('./helpers');

const AXE = path.join(h.ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const browser = h.browserForFile({ width: 1280, height: 900 });
let dir;
const report = {};

/** Six kinds of job description, 131 files in all (more than a page), and one that cannot be read. */
async function folder() {
  h.engine(); // registers ts-node for the TypeScript sources
  const { writeDocx } = require('../../src/docx/write');
  const { edited } = require('../compare/versions');
  const { buildAmetnikSeedDocx, buildBrokenDocx } = require('../fixtures/build');
  const units = ['Hüvitiste osakond', 'Õigusosakond', 'Arendusosakond'];
  const kinds = [
    await buildAmetnikSeedDocx(),
    await buildBrokenDocx('title-missing'),
    ...(await Promise.all(
      units.map((unit, i) =>
        writeDocx(edited((v) => {
          v.fields[1][1] = unit;
          v.fields[0][1] = ['Jurist', 'Analüütik', 'Nõunik'][i];
          if (i === 1) v.languages[0] = 'Eesti keele valdamine vähemalt tasemel C2.'; // an error: above C1
          if (i === 2) v.competencies = []; // nothing to drift
        })),
      ),
    )),
  ];
  const root = path.join(dir, 'ametijuhendid');
  for (let n = 0; n < 130; n++) {
    const sub = path.join(root, `yksus-${n % 4}`);
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `ametijuhend-${String(n).padStart(3, '0')}.docx`), kinds[n % kinds.length]);
  }
  fs.writeFileSync(path.join(root, 'rikutud.docx'), Buffer.from('PK\u0003\u0004 not a zip'));
  return root;
}

async function write(lang, root) {
  const { main } = require('../../src/cli/jd-check');
  let out = '';
  const code = await main(['--format', 'html', '--lang', lang, root], { stdout: (s) => (out += s), stderr: () => {}, color: false });
  assert.equal(code, 2, 'exit 2: one file cannot be read');
  const file = path.join(dir, `aruanne-${lang}.html`);
  fs.writeFileSync(file, out);
  return file;
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-e2e-report-'));
  const root = await folder();
  report.et = await write('et', root);
  report.en = await write('en', root);
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

async function open(lang) {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => !r.url().startsWith('file:') && errors.push(`request to ${r.url()}`));
  await page.goto(`file://${report[lang]}`);
  await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
  return { page, errors };
}

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

const files = (page) => page.locator('#docs tbody th[scope=row]').allInnerTexts();
const count = (page) => page.locator('#count').innerText();

test('it opens with no error and no request, axe finds nothing, and the summary counts the folder', async () => {
  const { page, errors } = await open('et');
  const tiles = await page.locator('.tiles li').allInnerTexts();
  assert.deepEqual(tiles.map((t) => t.replace(/\s+/g, ' ')), [
    '131 Dokumente', '78 Valmis allkirjastamiseks', '52 Vigadega', '0 Ei ole ametijuhend', '1 Ei saa lugeda',
  ]);
  const summary = page.locator('#summary');
  await summary.getByText(/^.*rikutud\.docx: see ei ole \.docx-fail/).waitFor();
  assert.match(await summary.locator('ol li').first().innerText(), /– \d+ dokumendis, \d+ korda$/);
  assert.match(await summary.getByRole('listitem').filter({ hasText: 'Kliendikesksus' }).innerText(), /^Kliendikesksus – 52 dokumendis; üksused: Hüvitiste osakond, Õigusosakond$/);
  assert.equal(await count(page), 'Näitan dokumente 1–100, valikus 131, kokku 131.');
  // Grouped by structural unit, each group headed by its name and its size in the selection (the first page holds three).
  assert.deepEqual(await page.locator('#docs th[scope=rowgroup]').allInnerTexts(), [
    'Arendusosakond (26)', 'Hüvitiste osakond (26)', 'Hüvitiste osakond (perehüvitiste valdkonna tiim) (52)',
  ]);
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: h.screenshotPath('report-1280-et'), fullPage: false });
  await page.screenshot({ path: h.screenshotPath('report-1280-et-full'), fullPage: true });
  await page.locator('#docs details').first().locator('summary').click();
  assert.deepEqual(await axe(page), [], 'with a row opened');
  assert.deepEqual(errors, []);
  await page.close();
});

test('sorting with the keyboard and the mouse, within each unit', async () => {
  const { page, errors } = await open('et');
  const header = (name) => page.locator('#docs thead th', { hasText: name });
  assert.equal(await header('Fail').getAttribute('aria-sort'), 'ascending');
  // Keyboard: Tab to the "Olek" column's button, Enter sorts, Enter again turns the order round.
  await page.locator('#f-clear').focus();
  for (let i = 0; i < 6 && !(await page.evaluate(() => document.activeElement.textContent === 'Olek')); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await header('Olek').getAttribute('aria-sort'), 'ascending');
  assert.equal(await header('Fail').getAttribute('aria-sort'), null);
  const firstGroup = async () => page.locator('#docs tbody').first().locator('td.status').allInnerTexts();
  const ascending = await firstGroup();
  assert.deepEqual(ascending, [...ascending].sort((a, b) => (a === b ? 0 : a === 'Valmis allkirjastamiseks' ? -1 : 1)));
  await page.keyboard.press('Enter');
  assert.equal(await header('Olek').getAttribute('aria-sort'), 'descending');
  assert.deepEqual(await firstGroup(), [...ascending].reverse());
  // Mouse: the file names, from Z to A after two clicks.
  await header('Fail').getByRole('button').click();
  await header('Fail').getByRole('button').click();
  const names = await page.locator('#docs tbody').nth(1).locator('th[scope=row]').allInnerTexts();
  assert.deepEqual(names, [...names].sort().reverse());
  assert.deepEqual(errors, []);
  await page.close();
});

test('filtering with the keyboard and the mouse; the summary\'s links filter too; pages; all rows for printing', async () => {
  const { page, errors } = await open('et');
  // Keyboard: type in the search box.
  await page.locator('#f-text').focus();
  await page.keyboard.type('analüütik');
  assert.equal(await count(page), 'Näitan dokumente 1–26, valikus 26, kokku 131.');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  // Mouse: the status.
  await page.locator('#f-status').selectOption({ label: 'Ei saa lugeda' });
  assert.deepEqual(await files(page), ['rikutud.docx']);
  await page.locator('#f-clear').click();
  // A finding in the summary selects the documents that have it.
  await page.locator('#summary').getByRole('button', { name: /C1-tasemel/ }).click();
  assert.equal(await page.locator('#f-rule').inputValue(), 'language-level-above-max');
  assert.equal(await count(page), 'Näitan dokumente 1–26, valikus 26, kokku 131.');
  // A drifted competency in the summary selects where it is.
  await page.locator('#f-clear').click();
  await page.locator('#summary').getByRole('button', { name: 'Koostöövõime' }).click();
  assert.equal(await count(page), 'Näitan dokumente 1–52, valikus 52, kokku 131.');
  // Pages.
  await page.locator('#f-clear').click();
  await page.getByRole('button', { name: 'Järgmine' }).click();
  assert.equal(await count(page), 'Näitan dokumente 101–131, valikus 131, kokku 131.');
  assert.equal(await page.getByRole('button', { name: 'Järgmine' }).isDisabled(), true);
  // Before printing every selected row is drawn, its findings open; after, the page is back.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.equal((await files(page)).length, 131);
  assert.equal(await page.locator('#docs details:not([open])').count(), 0);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.filters').isVisible(), false);
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal((await files(page)).length, 31);
  assert.deepEqual(errors, []);
  await page.close();
});

test('in English too: no error, no axe violation, a screenshot', async () => {
  const { page, errors } = await open('en');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await count(page), 'Showing documents 1–100 of 131 selected, 131 in all.');
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: h.screenshotPath('report-1280-en') });
  await page.setViewportSize({ width: 400, height: 900 });
  assert.deepEqual(await axe(page), [], 'narrow');
  await page.screenshot({ path: h.screenshotPath('report-400-en') });
  assert.deepEqual(errors, []);
  await page.close();
});
