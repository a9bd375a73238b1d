// Issue 12, item 9: in the demo's document a keystroke starts editing (over the words a finding
// selected, else at the end of the paragraph), Ctrl+Z undoes as "Võta tagasi" does, and a one-line
// hint says how to edit.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const browser = h.browserForFile({ width: 320, height: 800 });

test('typing edits the clicked paragraph, or the words a finding selected; Ctrl+Z undoes; the hint says so (et, en, 320 px)', async () => {
  await h.inBothLanguages(browser.context, '', async (page, lang, t) => {
    const view = page.locator('#doc-view');
    await page.getByText(t(/^Klõpsake lõigul ja kirjutage/, /^Click a paragraph and type/)).waitFor();
    const texts = await h.blockTexts(page);

    // A click and typing: the empty field gets its value.
    const field = texts.indexOf('1.5 Keda asendab') + 1;
    await page.locator(`.page [data-block="${field}"]`).click();
    await page.keyboard.press('N');
    const input = page.getByRole('textbox', { name: t('Lõigu tekst', 'Paragraph text') });
    await input.waitFor();
    await page.keyboard.type('õunikku');
    await page.screenshot({ path: h.screenshotPath(`page-320-${lang}-demo-typing`) });
    await page.keyboard.press('Enter');
    await h.until(async () => (await h.blockTexts(page))[field] === 'Nõunikku', { what: 'the typed value' });

    // A finding selects "[...]"; typing in the document writes over it.
    await h.runCheck(page, lang === 'et' ? {} : { tab: 'Check', again: 'Check again', busy: 'Checking…' });
    await h.pane(page).getByRole('button', { name: t(/[Tt]äitekoht/, /placeholder/) }).click();
    await page.locator('.page .selected mark').getByText('[...]', { exact: true }).waitFor();
    await view.focus();
    await page.keyboard.press('s');
    await input.waitFor();
    await page.keyboard.type('ülearvuti');
    await page.keyboard.press('Enter');
    const placeholder = texts.findIndex((x) => x.includes('[...]'));
    await h.until(async () => (await h.blockTexts(page))[placeholder].includes('kontoritarbed, sülearvuti ning'), { what: 'the placeholder typed over' });

    // Ctrl+Z in the document: the last edit, then the one before it.
    await view.focus();
    await page.keyboard.press('Control+z');
    await h.until(async () => (await h.blockTexts(page))[placeholder] === texts[placeholder], { what: 'the placeholder back' });
    await page.keyboard.press('Control+z');
    await h.until(async () => (await h.blockTexts(page))[field] === '', { what: 'the field empty again' });
    assert.deepEqual(await h.blockTexts(page), texts);
    await view.screenshot({ path: h.screenshotPath(`page-320-${lang}-demo-document`) });
    await h.assertAccessible(page, 'html');
  });
});
