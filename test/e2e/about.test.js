// Issue 9 in the demo: the "Teave / About" part with its diagnostics and copy button, and a fix
// made before the document changed, refused in words as in Word.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const browser = h.browserForFile();

test('Teave / About: version, host, platform, API sets, catalogue version, last error; the button copies them', async () => {
  const page = await h.openDemo(browser.context);
  const origin = new URL(page.url()).origin;
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const pane = h.pane(page);
  const toggle = pane.getByRole('button', { name: 'Teave / About' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  // The part is loaded on first use: the toggle opens it once its chunk is there (a loaded machine may take a moment).
  await toggle.click();
  await h.until(async () => (await toggle.getAttribute('aria-expanded')) === 'true', { what: 'the About part to open' });
  const about = pane.getByRole('region', { name: 'Teave' });
  const catalogue = require('../../data/catalogue/default.json').version;
  await about.getByText(catalogue, { exact: true }).waitFor();
  const value = (term) => about.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]').innerText();
  assert.equal(await value('Lisandmooduli versioon'), require('../../package.json').version);
  assert.equal(await value('Rakendus'), 'Demo');
  assert.equal(await value('Platvorm'), 'Browser');
  assert.equal(await value('Toetatud WordApi komplektid'), 'puudub');
  assert.equal(await value('Viimane viga'), 'puudub');

  await about.getByRole('button', { name: 'Kopeeri andmed' }).click();
  await about.getByRole('status').getByText(/^Kopeeritud\./).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, new RegExp(`^Lisandmooduli versioon: .+\\nRakendus: Demo\\nPlatvorm: Browser\\n.*\\nKataloogi versioon: ${catalogue.replace(/\./g, '\\.')}\\nViimane viga: puudub$`));
  await pane.screenshot({ path: h.screenshotPath('pane-320-et-teave') });
  assert.deepEqual(page.jdErrors, []);
  await page.close();
});

test('a fix made before the document changed is refused in Estonian, the findings are checked again, and the text is untouched', async () => {
  const page = await h.openDemo(browser.context);
  const pane = h.pane(page);
  await h.runCheck(page);
  // The document changes without a change event (as in a Word without WordApi 1.6).
  await page.evaluate(() => {
    window.__demo.host.snapshot.blocks[0].text += ' ';
  });
  const before = await h.blockTexts(page);
  await pane.getByRole('button', { name: /^Paranda: / }).first().click();
  await pane.getByText('Dokument on vahepeal muutunud, kontrollige uuesti.').waitFor();
  assert.deepEqual(await h.blockTexts(page), before);
  // Checked again from the document as it is, the fix goes in.
  await pane.getByRole('button', { name: /^Paranda: / }).first().click();
  await h.until(async () => (await h.blockTexts(page)).some((t) => t.includes('tasemel C1')), { what: 'the level fix' });
  assert.deepEqual(page.jdErrors, []);
  await page.close();
});
