// The Kompetentsid tab: search with and without diacritics, insert a competency, and find it in
// the requirements section with its bullets.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');
const catalogue = require('../../data/catalogue/default.json');

const browser = h.browserForFile();

test('"koostoo" and "koostöö" both find Koostöövõime; inserting it puts it and its bullets in the requirements section', async () => {
  const page = await h.openDemo(browser.context, '?doc=empty');
  const pane = h.pane(page);
  await pane.getByRole('button', { name: 'Sisesta kogu põhi' }).click();
  await h.until(async () => (await h.blockTexts(page)).includes('7. AMETIKOHALE ESITATAVAD NÕUDED'), { what: 'the skeleton' });

  await pane.getByRole('tab', { name: 'Kompetentsid' }).click();
  const search = pane.getByRole('searchbox', { name: 'Otsi kompetentsi' });
  const list = pane.getByRole('listbox', { name: 'Kompetentsid' });
  for (const query of ['koostoo', 'koostöö', 'KOOSTÖÖ']) {
    await search.fill(query);
    await h.until(async () => (await list.getByRole('option').first().innerText()).startsWith('Koostöövõime'), { what: `"${query}" to find Koostöövõime` });
  }
  await search.fill('koostoo');
  await list.getByRole('option', { name: /^Koostöövõime/ }).click();
  await pane.getByRole('button', { name: 'Lisa dokumenti' }).click();
  await pane.getByText('Kompetents on lisatud nõuete osasse.').waitFor();

  const entry = catalogue.competencies.find((c) => c.id === 'koostoovoime');
  const blocks = (await h.snapshot(page)).blocks;
  const name = blocks.findIndex((b) => b.text === 'Koostöövõime:');
  const requirements = blocks.findIndex((b) => b.text === '7. AMETIKOHALE ESITATAVAD NÕUDED');
  const next = blocks.findIndex((b) => b.text === '8. AMETIJUHENDI MUUTMINE');
  assert.ok(requirements < name && name < next, `Koostöövõime (block ${name}) is inside section 7 (blocks ${requirements}–${next})`);
  const bullets = blocks.slice(name + 1, name + 1 + entry.indicators.et.length);
  assert.deepEqual(bullets.map((b) => b.text), entry.indicators.et);
  assert.ok(bullets.every((b) => b.bullet), 'the indicators are bullets');
  assert.ok(blocks[name].tags.includes(`jd:competency:koostoovoime@${catalogue.version}`));
  // It sits under "Tööks vajalikud kompetentsid", before the additional ones.
  const standard = blocks.findIndex((b) => b.text === 'Tööks vajalikud kompetentsid');
  const additional = blocks.findIndex((b) => b.text === 'Täiendavad kompetentsid, isikuomadused ja teadmised');
  assert.ok(standard < name && name < additional, 'in the standard group');
  // And the document view shows it as a list under its name.
  const shown = page.locator('.page').getByText('Koostöövõime:');
  await shown.waitFor();
  assert.equal(await page.locator('.page ul').filter({ hasText: entry.indicators.et[0] }).locator('li').count(), entry.indicators.et.length);
  assert.deepEqual(page.jdErrors, []);
  await page.close();
});
