// Võrdle / Compare in the demo: open a document, compare it with an older version (a signed
// container from the file chooser), see the added duty and the changed language level, click one.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const h = require('./helpers');

const browser = h.browserForFile({ width: 1280, height: 1000 });
let dir;
let older;

/** The demo document a year ago: one duty fewer, and Estonian at C1 (the demo now asks C2). Signed, as DigiDoc4 keeps it. */
before(async () => {
  h.engine(); // registers ts-node for the TypeScript sources
  const { demoDocument } = require('../../src/demo/demoDocument');
  const { writeDocx } = require('../../src/docx/write');
  const { makeAsice } = require('../docx/asice');
  const snapshot = demoDocument(5);
  const level = snapshot.blocks.find((b) => b.text === 'Eesti keele valdamine vähemalt tasemel C2.');
  level.text = 'Eesti keele valdamine vähemalt tasemel C1.';
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-e2e-compare-'));
  older = path.join(dir, 'ametijuhend-2025.asice');
  fs.writeFileSync(older, makeAsice({ 'ametijuhend-2025.docx': await writeDocx(snapshot) }));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const axe = (page) => h.axeViolations(page);

test('compare with the signed older version: the added duty and the changed level, by section; a click selects the level', async () => {
  const page = await h.openDemo(browser.context);
  const pane = h.pane(page);
  await pane.getByRole('tab', { name: 'Võrdle' }).click();
  await pane.getByRole('heading', { name: 'Võrdle eelmise versiooniga' }).waitFor();
  await pane.getByLabel('Vali eelmine versioon…').setInputFiles(older);
  const changes = pane.getByRole('region', { name: 'Muudatused' });
  await changes.waitFor();
  assert.equal(await pane.getByRole('status').first().innerText(), '2 muudatust');
  assert.deepEqual(await changes.getByRole('heading').allInnerTexts(), ['3. Teenistuskohustused', '7. Ametikohale esitatavad nõuded']);
  assert.deepEqual(await changes.getByRole('button').allInnerTexts(), [
    'Ülesanne – lisatud: „Vahetu juhi ühekordsete ülesannete teostamine.“',
    'Keeleoskus (eesti) – muudetud: „Eesti keele valdamine vähemalt tasemel C1.“ → „Eesti keele valdamine vähemalt tasemel C2.“',
  ]);
  await pane.getByText('Digiallkirju ei kontrollitud (nende kehtivust kontrollib DigiDoc4).').waitFor();
  assert.deepEqual(await axe(page), []);
  await pane.screenshot({ path: h.screenshotPath('pane-320-et-vordle') });

  await changes.getByRole('button', { name: /^Keeleoskus \(eesti\)/ }).click();
  const texts = await h.blockTexts(page);
  const block = texts.indexOf('Eesti keele valdamine vähemalt tasemel C2.');
  await h.until(async () => (await h.highlightedBlock(page)) === block, { what: 'the level to be selected in the document' });
  await page.screenshot({ path: h.screenshotPath('page-1280-et-vordle') });

  // Edited in the document, compared again: the level is back as it was, so only the duty is left.
  await page.evaluate((b) => window.__demo.host.setText(b, 'Eesti keele valdamine vähemalt tasemel C1.'), block);
  await pane.getByRole('button', { name: 'Võrdle uuesti' }).click();
  await h.until(async () => (await pane.getByRole('status').first().innerText()) === '1 muudatus', { what: 'one change left' });
  assert.deepEqual(page.jdErrors, []);
  await page.close();
});

test('in English, with the keyboard: the chooser is reached with Tab; axe finds nothing', async () => {
  const page = await h.openDemo(browser.context, '?lang=en');
  const pane = h.pane(page);
  await pane.getByRole('tab', { name: 'Compare' }).click();
  const input = pane.getByLabel('Choose the previous version…');
  await input.waitFor({ state: 'attached' }); // the tab's code loads on first use
  await pane.getByRole('tab', { name: 'Compare' }).focus();
  await page.keyboard.press('Tab');
  assert.equal(await input.evaluate((el) => el === document.activeElement), true, `the file chooser takes the focus, not ${await page.evaluate(() => document.activeElement.outerHTML.slice(0, 200))}`);
  await input.setInputFiles(older);
  await pane.getByRole('region', { name: 'Changes' }).waitFor();
  await pane.getByText('The digital signatures were not validated (DigiDoc4 does that).').waitFor();
  assert.deepEqual(await axe(page), []);
  await pane.screenshot({ path: h.screenshotPath('pane-320-en-compare') });
  assert.deepEqual(page.jdErrors, []);
  await page.close();
});
