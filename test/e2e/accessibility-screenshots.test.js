// axe-core on the pane, tab by tab, in both languages; and a screenshot of each tab at the pane's
// real width (320 px) and of the whole page at 1280 px, under test-output/screenshots/.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const browser = h.browserForFile({ width: 1280, height: 1000 });

/** Brings each tab into a state worth looking at: Koosta as it opens, Kontrolli with findings, Kompetentsid with a preview. */
const TABS = {
  et: [
    { tab: 'Koosta', name: 'koosta' },
    {
      tab: 'Kontrolli',
      name: 'kontrolli',
      prepare: async (page) => {
        await h.runCheck(page);
        // The last finding is far down the document: the view scrolls to it and highlights it.
        await h.pane(page).getByRole('button', { name: /tasemel|tase on C2/ }).click();
        await h.until(async () => (await h.highlightedBlock(page)) !== undefined, { what: 'a highlighted block' });
        const visible = await page.locator('.page .selected').evaluate((el) => {
          const r = el.getBoundingClientRect();
          const view = document.querySelector('#doc-view').getBoundingClientRect();
          return r.top >= view.top && r.bottom <= view.bottom;
        });
        assert.ok(visible, 'the selected block is scrolled into view');
      },
    },
    {
      tab: 'Kompetentsid',
      name: 'kompetentsid',
      prepare: async (page) => {
        const pane = h.pane(page);
        await pane.getByRole('tab', { name: 'Kompetentsid' }).click();
        await pane.getByRole('searchbox', { name: 'Otsi kompetentsi' }).fill('koostoo');
        await pane.getByRole('button', { name: 'Lisa dokumenti' }).waitFor();
      },
    },
  ],
  en: [
    { tab: 'Build', name: 'build' },
    { tab: 'Check', name: 'check', prepare: (page) => h.runCheck(page, { tab: 'Check', again: 'Check again', busy: 'Checking…' }) },
    {
      tab: 'Competencies',
      name: 'competencies',
      prepare: async (page) => {
        const pane = h.pane(page);
        await pane.getByRole('tab', { name: 'Competencies' }).click();
        await pane.getByRole('searchbox').fill('client');
        await pane.getByRole('button', { name: 'Insert into the document' }).waitFor();
      },
    },
  ],
};

for (const lang of ['et', 'en']) {
  test(`axe finds no violations in the pane on any tab (${lang}); screenshots of each`, async () => {
    const page = await h.openDemo(browser.context, lang === 'en' ? '?lang=en' : '');
    const pane = h.pane(page);
    const found = [];
    for (const { tab, name, prepare } of TABS[lang]) {
      await pane.getByRole('tab', { name: tab }).click();
      if (prepare) await prepare(page);
      await pane.getByRole('tabpanel', { name: tab }).waitFor();
      for (const v of await h.axeViolations(page)) found.push(`${tab}: ${v}`);
      await pane.screenshot({ path: h.screenshotPath(`pane-320-${lang}-${name}`) });
      await page.screenshot({ path: h.screenshotPath(`page-1280-${lang}-${name}`) });
    }
    assert.deepEqual(found, []);
    assert.deepEqual(page.jdErrors, []);
    await page.close();
  });
}

test('the Teave / About part has no violations (et, en)', async () => {
  for (const [query, button, region] of [['', 'Teave / About', 'Teave'], ['?lang=en', 'About / Teave', 'About']]) {
    const page = await h.openDemo(browser.context, query);
    await h.pane(page).getByRole('button', { name: button }).click();
    await h.pane(page).getByRole('region', { name: region }).locator('dd').first().waitFor();
    assert.deepEqual(await h.axeViolations(page), [], query);
    await page.close();
  }
});

test('the demo page around the pane (banner, toolbar, document view) has no violations either', async () => {
  for (const query of ['', '?doc=empty&lang=en']) {
    const page = await h.openDemo(browser.context, query);
    await page.locator('.page [data-block="0"]').click(); // with a selected block
    assert.deepEqual(await h.axeViolations(page, 'html'), [], query);
    await page.close();
  }
});

test('a narrow window (a phone, or a pane-sized browser): the pane stacks under the document', async () => {
  const page = await h.openDemo(browser.context);
  await page.setViewportSize({ width: 360, height: 800 });
  const box = await h.pane(page).boundingBox();
  assert.ok(box.width >= 320 && box.width <= 360, `pane width ${box.width}`);
  assert.deepEqual(await h.axeViolations(page), []);
  await page.screenshot({ path: h.screenshotPath('page-360-et-narrow'), fullPage: true });
  await page.close();
});

test('the accessibility check itself sees a violation when there is one', async () => {
  const page = await h.openDemo(browser.context);
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('#pane').append(img);
  });
  const found = await h.axeViolations(page);
  assert.ok(found.some((v) => /^image-alt /.test(v)), found.join('\n'));
  await page.close();
});
