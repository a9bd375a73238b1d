// Opening .docx files in the demo host: a broken job description (a section missing, sections
// out of order, the other variant's words) is checked and fixed without touching the user's text;
// a corrupt file gives a clear message and keeps the current document.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const h = require('./helpers');

const browser = h.browserForFile();
let dir;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-e2e-docx-'));
});
after(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The civil-servant seed with three flaws, written as a real .docx file. */
async function brokenDocx() {
  h.engine(); // registers ts-node for the TypeScript sources below
  const { ametnikSeedSnapshot } = require('../core/seed-snapshots');
  const { writeDocx } = require('../../src/docx/write');
  const blocks = ametnikSeedSnapshot().blocks;
  const at = (text) => blocks.findIndex((b) => b.text.trim() === text);
  // 5. VASTUTUS goes missing.
  blocks.splice(at('5. VASTUTUS'), at('6. TÖÖVAHENDID') - at('5. VASTUTUS'));
  // 6. TÖÖVAHENDID comes before 4. ÕIGUSED.
  const tools = blocks.splice(at('6. TÖÖVAHENDID'), at('7. AMETIKOHALE ESITATAVAD NÕUDED') - at('6. TÖÖVAHENDID'));
  blocks.splice(at('4. ÕIGUSED'), 0, ...tools);
  // The employee variant's words in a civil servant's document.
  blocks[at('Ametnikul on õigus:')].text = 'Töötajal on õigus:';
  blocks.forEach((b, i) => (b.index = i));
  const file = path.join(dir, 'katkine-ametijuhend.docx');
  fs.writeFileSync(file, await writeDocx({ blocks, trackedChanges: 0, comments: 0 }));
  return file;
}

async function open(page, file) {
  await page.getByLabel('Ava .docx…').setInputFiles(file);
}

test('a broken .docx: the expected findings; a fix removes its finding and leaves the rest of the text as it was', async () => {
  const file = await brokenDocx();
  const page = await h.openDemo(browser.context);
  await open(page, file);
  await page.getByRole('status').getByText('Avatud: katkine-ametijuhend.docx').waitFor();
  const opened = await h.blockTexts(page);
  assert.ok(opened.includes('Töötajal on õigus:'));
  assert.ok(!opened.some((t) => t.includes('VASTUTUS')));

  await h.runCheck(page);
  const { checkDocument } = h.engine();
  const { defaultCatalogue } = require('../../src/core/catalogue/load');
  const findings = checkDocument(await h.snapshot(page), { catalogue: defaultCatalogue() }).findings;
  const rules = findings.map((f) => f.rule);
  // Out of order shows as numbers out of sequence (a fixed order is a house rule, off by default).
  for (const rule of ['section-missing', 'section-numbering', 'terminology-mismatch']) assert.ok(rules.includes(rule), `${rule} in ${rules}`);
  const shown = await h.shownFindings(page);
  for (const f of findings) assert.ok(shown.some((s) => s.includes(f.message.et)), `shown: ${f.message.et}`);

  // Fix the other variant's words: only those words change.
  const words = findings.find((f) => f.rule === 'terminology-mismatch');
  assert.ok(words.fix, 'the terminology finding has a fix');
  const item = h.pane(page).getByRole('listitem').filter({ hasText: words.message.et });
  await item.getByRole('button', { name: /^Paranda: / }).click();
  const fixed = await h.until(async () => {
    const t = await h.blockTexts(page);
    return t.includes('Ametnikul on õigus:') && t;
  }, { what: 'the words to be replaced' });
  assert.equal(fixed.length, opened.length);
  fixed.forEach((t, i) => {
    if (i !== opened.indexOf('Töötajal on õigus:')) assert.equal(t, opened[i], `block ${i} unchanged`);
  });
  await h.until(async () => !(await h.shownFindings(page)).some((s) => s.includes(words.message.et)), { what: 'the finding to go' });

  // Add the missing section: new blocks only; every block of the user's stays, in order, word for word.
  const missing = findings.find((f) => f.rule === 'section-missing');
  assert.ok(missing.fix, 'the missing section has a fix');
  await h.pane(page).getByRole('listitem').filter({ hasText: missing.message.et }).getByRole('button', { name: /^Paranda: / }).click();
  const withSection = await h.until(async () => {
    const t = await h.blockTexts(page);
    return t.some((x) => /VASTUTUS/.test(x)) && t;
  }, { what: 'the section to be added' });
  let j = 0;
  for (const t of withSection) if (j < fixed.length && t === fixed[j]) j++;
  assert.equal(j, fixed.length, 'the user\'s blocks are all still there, unchanged and in order');
  await h.until(async () => !(await h.shownFindings(page)).some((s) => s.includes(missing.message.et)), { what: 'the finding to go' });

  // Both fixes are undoable, back to the file as opened.
  await page.getByRole('button', { name: 'Võta tagasi' }).click();
  await page.getByRole('button', { name: 'Võta tagasi' }).click();
  assert.deepEqual(await h.blockTexts(page), opened);
  assert.deepEqual(page.jdErrors, []);
  await page.close();
});

test('a corrupt .docx: a clear message, and the current document stays', async () => {
  const page = await h.openDemo(browser.context);
  const before = await h.blockTexts(page);
  const corrupt = path.join(dir, 'rikutud.docx');
  fs.writeFileSync(corrupt, Buffer.from('PK\u0003\u0004 this is not really a zip file'));
  await open(page, corrupt);
  const alert = page.getByRole('alert').filter({ hasText: 'rikutud.docx' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /^Faili „rikutud\.docx“ ei saanud avada\. Fail on vigane või ei ole Wordi dokument – .+\. Praegune dokument jäi alles\.$/);
  assert.deepEqual(await h.blockTexts(page), before);

  const notDocx = path.join(dir, 'pilt.png');
  fs.writeFileSync(notDocx, Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await open(page, notDocx);
  await page.getByRole('alert').filter({ hasText: 'See ei ole .docx fail.' }).waitFor();
  assert.deepEqual(await h.blockTexts(page), before);
  assert.deepEqual(page.jdErrors, []);
  await page.close();
});

test('save as .docx and open it again gives the same text', async () => {
  const page = await h.openDemo(browser.context);
  const before = await h.blockTexts(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Salvesta .docx' }).click()]);
  assert.equal(download.suggestedFilename(), 'ametijuhend.docx');
  const saved = path.join(dir, 'salvestatud.docx');
  await download.saveAs(saved);
  await page.getByRole('button', { name: 'Tühi dokument' }).click();
  assert.deepEqual(await h.blockTexts(page), ['']);
  await open(page, saved);
  await page.getByRole('status').getByText('Avatud: salvestatud.docx').waitFor();
  assert.deepEqual(await h.blockTexts(page), before);
  await page.close();
});

test('an opened file saved after a fix keeps every other part, byte for byte, and its author', async () => {
  h.engine();
  const { unzipSync, strFromU8 } = require('fflate');
  const { richDocx } = require('../docx/rich');
  const file = path.join(dir, 'asutuse-ametijuhend.docx');
  fs.writeFileSync(file, richDocx());
  const page = await h.openDemo(browser.context);
  await open(page, file);
  await page.getByRole('status').getByText('Avatud: asutuse-ametijuhend.docx').waitFor();
  await h.runCheck(page);
  const typo = h.pane(page).getByRole('listitem').filter({ hasText: 'omavalistuse' });
  await typo.getByRole('button', { name: /^Paranda: / }).click();
  await h.until(async () => (await h.blockTexts(page)).some((t) => t.includes('kohaliku omavalitsuse')), { what: 'the typo to be fixed' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Salvesta .docx' }).click()]);
  assert.equal(download.suggestedFilename(), 'asutuse-ametijuhend.docx');
  const saved = path.join(dir, 'asutuse-ametijuhend-salvestatud.docx');
  await download.saveAs(saved);
  const before = unzipSync(new Uint8Array(fs.readFileSync(file)));
  const after = unzipSync(new Uint8Array(fs.readFileSync(saved)));
  assert.deepEqual(Object.keys(after).sort(), Object.keys(before).sort());
  for (const name of Object.keys(before)) {
    if (name !== 'word/document.xml') assert.ok(Buffer.from(after[name]).equals(Buffer.from(before[name])), `${name} unchanged`);
  }
  assert.match(strFromU8(after['docProps/core.xml']), /<dc:creator>Mari Maasikas<\/dc:creator>/);
  assert.ok(strFromU8(after['word/document.xml']).includes('kohaliku omavalitsuse'));
  assert.deepEqual(page.jdErrors, []);
  await page.close();
});

test('a .docx dropped on the page opens like one chosen with the button', async () => {
  const file = await brokenDocx();
  const page = await h.openDemo(browser.context);
  const base64 = fs.readFileSync(file).toString('base64');
  const dataTransfer = await page.evaluateHandle((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'lohistatud.docx'));
    return dt;
  }, base64);
  await page.dispatchEvent('.page', 'drop', { dataTransfer });
  await page.getByRole('status').getByText('Avatud: lohistatud.docx').waitFor();
  assert.ok((await h.blockTexts(page)).includes('Töötajal on õigus:'));
  await page.close();
});
