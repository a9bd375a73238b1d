// Issue 12, item 8: proper Estonian plural forms; after "Lisa ülesanne" the cursor is in the new
// row; a finding does not repeat the section its group names; clicking a finding scrolls the
// document view, never the page; the demo's toolbar speaks the pane's language.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const browser = h.browserForFile({ width: 1280, height: 900 });

test('plurals, the cursor in a new duty row, findings without their group\'s section name (et, en)', async () => {
  await h.inBothLanguages(browser.context, '', async (page, lang, t) => {
    const pane = h.pane(page);
    // "Lisa ülesanne": the new row 3.7, the cursor at the end of its number.
    await pane.getByRole('button', { name: t('Lisa ülesanne', 'Add a duty') }).click();
    const row = await h.until(async () => (await h.blockTexts(page)).indexOf('3.7') + 1, { what: 'row 3.7' });
    await h.until(async () => (await h.highlightedBlock(page)) === row - 1, { what: 'the cursor in the new row' });
    await h.paneShot(page, 'duty-added');

    // Counted words: "1 tulemus", "2 tulemust".
    await pane.getByRole('tab', { name: t('Kompetentsid', 'Competencies') }).click();
    const search = pane.getByRole('searchbox');
    await search.fill('empaatia');
    await pane.getByText(t('1 tulemus', '1 result'), { exact: true }).waitFor();
    await search.fill('koostoo');
    await pane.getByText(t('2 tulemust', '2 results'), { exact: true }).waitFor();

    // Under "3. Teenistuskohustused" the finding starts with what is wrong, not with «Osa 3 …».
    await h.runCheck(page, lang === 'et' ? {} : { tab: 'Check', again: 'Check again', busy: 'Checking…' });
    const duties = pane.getByRole('list', { name: '3. Teenistuskohustused' });
    const [shown] = await duties.locator('li > button:first-child').allInnerTexts();
    assert.match(shown.replace(/\s+/g, ' '), t(/^Hoiatus: Ülesandel 3\.5 puudub/, /^Warning: Duty 3\.5 has no expected result/));
    await h.assertAccessible(page);
    await h.paneShot(page, 'findings-in-groups', duties);
  });
});

test('a click on a finding far down scrolls the document view only; the toolbar stays in sight (wide and narrow window)', async () => {
  const page = await h.openDemo(browser.context);
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await h.runCheck(page);
    const finding = h.pane(page).getByRole('button', { name: /tasemel|tase on C2/ });
    await finding.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await finding.click();
    await h.until(async () => (await h.highlightedBlock(page)) !== undefined, { what: 'the finding\'s block selected' });
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.scrollY), before, `the page did not scroll (${width} px)`);
    const inView = await page.locator('.page .selected').evaluate((el) => {
      const r = el.getBoundingClientRect();
      const v = document.querySelector('#doc-view').getBoundingClientRect();
      return r.top >= v.top && r.bottom <= v.bottom;
    });
    assert.ok(inView, `the block is in sight in the document view (${width} px)`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.ok(await page.getByRole('toolbar').isVisible());
  assert.deepEqual(page.jdErrors, []);
  await page.close();
});

test('the demo page follows the pane\'s language: switched in the pane, the toolbar and the hint switch too', async () => {
  const page = await h.openDemo(browser.context);
  const toolbar = page.getByRole('toolbar');
  await toolbar.getByText('Ava .docx…').waitFor();
  await h.pane(page).getByRole('button', { name: 'EN', exact: true }).click();
  await toolbar.getByText('Open .docx…').waitFor();
  await toolbar.getByRole('button', { name: 'Empty document' }).waitFor();
  await page.getByText('Click a paragraph and type').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.screenshot({ path: h.screenshotPath('page-1280-en-toolbar-follows-pane') });
  await h.assertAccessible(page, 'html');
  await h.pane(page).getByRole('button', { name: 'ET', exact: true }).click(); // the choice is remembered: back to Estonian for the other tests
  await toolbar.getByText('Ava .docx…').waitFor();
  await page.close();
});
