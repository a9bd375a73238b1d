// Issue 12, item 1: a standard clause is read before it goes in, is marked when the section already
// has it, replaces a placeholder or an older wording ("Asenda") instead of going in twice; and a
// paragraph or list said twice in one section is found by the check (text-duplicate).
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const browser = h.browserForFile();

/** Puts the cursor into the block whose text starts with `start` and lets the Koosta tab follow it. */
async function cursorAt(page, start) {
  const at = (await h.blockTexts(page)).findIndex((t) => t.startsWith(start));
  await page.locator(`.page [data-block="${at}"]`).click();
  return at;
}

test('the clauses of section 5: their text shown first, the one there in older words replaced, not added twice (et, en)', async () => {
  await h.inBothLanguages(browser.context, '', async (page, lang, t) => {
    const pane = h.pane(page);
    const clauses = pane.getByRole('region', { name: t('Tüüptekstid', 'Standard clauses') });
    const lead = await cursorAt(page, 'Ametnik vastutab:');
    const name = t('Ametniku vastutus', 'Responsibilities of the official');
    await clauses.getByText(t('Dokumendis teises sõnastuses', 'In the document in other words')).waitFor();
    assert.equal(await clauses.getByRole('button', { name: `${t('Lisa', 'Add')}: ${name}` }).count(), 0, 'no second copy offered');

    // Its text, to read before it goes in (in Estonian, as the document is written).
    const show = clauses.getByRole('button', { name: `${t('Tekst', 'Text')}: ${name}` });
    await show.click();
    assert.equal(await show.getAttribute('aria-expanded'), 'true');
    const text = clauses.locator('[lang="et"]').filter({ hasText: 'infosüsteemide turvalise ning sihipärase kasutamise eest;' });
    await text.waitFor();
    await h.assertAccessible(page);
    await h.paneShot(page, 'clauses-text', show);

    const before = await h.blockTexts(page);
    await clauses.getByRole('button', { name: `${t('Asenda', 'Replace')}: ${name}` }).click();
    await pane.getByText(t('Tüüptekst on asendatud.', 'The clause has been replaced.')).waitFor();
    const after = await h.blockTexts(page);
    // The missing item went in at its place; nothing else changed, and the list is not there twice.
    assert.equal(after.length, before.length + 1);
    assert.equal(after[lead + 4], 'infosüsteemide turvalise ning sihipärase kasutamise eest;');
    assert.deepEqual(after.filter((_, i) => i !== lead + 4), before);
    assert.equal(after.filter((x) => x === 'Ametnik vastutab:').length, 1);
    await clauses.getByText(t('Dokumendis olemas', 'In the document')).waitFor();
    await h.paneShot(page, 'clauses-replaced');
  });
});

test('section 6: "Asenda" writes the clause over the paragraph with "[...]" instead of adding one under it', async () => {
  const page = await h.openDemo(browser.context);
  const pane = h.pane(page);
  const paragraph = await cursorAt(page, 'Töövahenditeks on');
  const count = (await h.blockTexts(page)).length;
  await pane.getByRole('button', { name: 'Asenda: Ametniku töövahendid' }).click();
  await h.until(async () => !(await h.blockTexts(page))[paragraph].includes('[...]'), { what: 'the placeholder to be replaced' });
  const texts = await h.blockTexts(page);
  assert.equal(texts.length, count);
  assert.match(texts[paragraph], /^Töövahenditeks on ametniku kasutusse antud kontorimööbel, kontoritarbed, sülearvuti/);
  assert.deepEqual(page.jdErrors, []);
  await page.close();
});

test('a list pasted twice into section 5 is found by the check: one warning, on its first repeated item (et, en)', async () => {
  await h.inBothLanguages(browser.context, '', async (page, lang, t) => {
    await pasteListAgain(page);
    await h.runCheck(page, lang === 'et' ? {} : { tab: 'Check', again: 'Check again', busy: 'Checking…' });
    const group = h.pane(page).getByRole('list', { name: '5. Vastutus' });
    const warning = group.getByRole('button', { name: t(/^Hoiatus: 4 lõiku alates „tööülesannete/, /^Warning: 4 paragraphs from "tööülesannete/) });
    await warning.waitFor();
    assert.equal(await group.getByRole('listitem').count(), 1);
    await h.assertAccessible(page);
    await h.paneShot(page, 'text-duplicate', warning);
  });
});

/** The writer pastes the list of section 5 again right after itself (in Word: copy, paste). */
async function pasteListAgain(page) {
  await page.evaluate(async () => {
    const { host, withBasis } = window.__demo;
    const doc = await host.read();
    const lead = doc.blocks.findIndex((b) => b.text === 'Ametnik vastutab:');
    let last = lead;
    while (doc.blocks[last + 1]?.bullet) last++;
    const blocks = doc.blocks.slice(lead + 1, last + 1).map((b) => ({ type: 'bullet', text: b.text }));
    await host.apply(withBasis([{ kind: 'insert', at: { after: last }, plan: { blocks } }], doc));
  });
}
