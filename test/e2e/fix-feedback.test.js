// Issue 12, item 4: a fix says on its button what it will change ("C2 → C1"); once applied the pane
// says what changed, the document selects it, "Võta tagasi" takes it back, and the focus goes on to
// the next fix, or to the verdict when none is left.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const browser = h.browserForFile();

/** What has the keyboard focus in the pane: a fix button (its name) or the verdict. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (el?.matches('button[data-fix]')) return `fix: ${el.getAttribute('aria-label')}`;
    return el?.querySelector('.fui-MessageBar') ? `verdict: ${el.innerText.split('\n')[0]}` : el?.tagName;
  });

test('"Paranda" shows its change; afterwards the change is said, selected, can be undone, and the focus goes on (et, en)', async () => {
  await h.inBothLanguages(browser.context, '', async (page, lang, t) => {
    const pane = h.pane(page);
    // A typo in the purpose as well, so that there are two fixes.
    const purpose = (await h.blockTexts(page)).findIndex((x) => x.startsWith('Ametikoha eesmärk on'));
    const text = (await h.blockTexts(page))[purpose];
    await h.typeInBlock(page, purpose, text.replace('asutuse siseste', 'kohaliku omavalistuse ja asutuse siseste'));
    await h.runCheck(page, lang === 'et' ? {} : { tab: 'Check', again: 'Check again', busy: 'Checking…' });
    const fix = (words) => pane.getByRole('button', { name: `${t('Paranda', 'Fix')}: ${words}` });
    await fix('omavalistuse → omavalitsuse').waitFor();
    await pane.getByText('C2 → C1', { exact: true }).waitFor(); // beside its button, not in a tooltip
    await h.paneShot(page, 'fix-before', fix('C2 → C1'));

    // The first fix: the focus goes to the next one.
    await fix('omavalistuse → omavalitsuse').click();
    await pane.getByText(t('Parandatud: omavalistuse → omavalitsuse.', 'Fixed: omavalistuse → omavalitsuse.')).waitFor();
    await h.until(async () => (await focused(page)) === `fix: ${t('Paranda', 'Fix')}: C2 → C1`, { what: 'the focus on the next fix' });

    // The last fix: the change is said and selected in the document, the focus goes to the verdict.
    await fix('C2 → C1').click();
    await pane.getByText(t('Parandatud: C2 → C1.', 'Fixed: C2 → C1.')).waitFor();
    await page.locator('.page .selected mark').getByText('C1', { exact: true }).waitFor();
    await h.until(async () => (await focused(page)) === `verdict: ${t('2 viga ja 1 hoiatus', '2 errors and 1 warning')}`, { what: 'the focus on the verdict' });
    await h.assertAccessible(page);
    await h.paneShot(page, 'fix-done');

    // "Võta tagasi" in the message: the level is C2 again, and so is its finding.
    await pane.getByRole('button', { name: t('Võta tagasi', 'Undo') }).click();
    await pane.getByText(t('Muudatus võeti tagasi.', 'The change was undone.')).waitFor();
    assert.ok((await h.blockTexts(page)).some((x) => x.includes('tasemel C2')));
    await fix('C2 → C1').waitFor();
  });
});
