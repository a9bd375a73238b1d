// Issue 12, item 5: a message belongs to one action. "Põhi on lisatud", "Tüüptekst on lisatud" and
// "Kompetents on lisatud" go when the document changes (typing, undo, another document opened) or
// another action starts; the pane's own write does not make its message go.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const browser = h.browserForFile();

test('Koosta and Kompetentsid messages go when the document changes, is undone or replaced (et, en)', async () => {
  await h.inBothLanguages(browser.context, '?doc=empty', async (page, lang, t) => {
    const pane = h.pane(page);
    const toolbar = page.getByRole('toolbar');
    // "Põhi on lisatud" stays while the document is as the skeleton left it …
    await pane.getByRole('button', { name: t('Sisesta kogu põhi', 'Insert the full skeleton') }).click();
    const added = pane.getByText(t('Põhi on lisatud.', 'The skeleton has been added.'));
    await added.waitFor();
    await page.waitForTimeout(1000);
    assert.equal(await added.count(), 1, 'the pane\'s own write keeps its message');
    await h.paneShot(page, 'message-shown');
    // … and goes once the writer types.
    await h.typeInBlock(page, (await h.blockTexts(page)).indexOf('1.1 Ametinimetus') + 1, 'Nõunik');
    await added.waitFor({ state: 'hidden' });
    await h.paneShot(page, 'message-gone');

    // "Kompetents on lisatud" goes with an undo.
    await pane.getByRole('tab', { name: t('Kompetentsid', 'Competencies') }).click();
    await pane.getByRole('searchbox').fill('koostöö');
    await pane.getByRole('button', { name: t('Lisa dokumenti', 'Insert into the document') }).click();
    const inserted = pane.getByText(t('Kompetents on lisatud nõuete osasse.', 'The competency has been added to the requirements section.'));
    await inserted.waitFor();
    await toolbar.getByRole('button', { name: t('Võta tagasi', 'Undo') }).click();
    await inserted.waitFor({ state: 'hidden' });

    // "Tüüptekst on lisatud" goes when another document is opened.
    await pane.getByRole('tab', { name: t('Koosta', 'Build') }).click();
    const change = (await h.blockTexts(page)).indexOf('8. AMETIJUHENDI MUUTMINE') + 1;
    await h.typeInBlock(page, change, 'Muudatused teeb personaliosakond.');
    await page.locator(`.page [data-block="${change}"]`).click();
    await pane.getByRole('button', { name: `${t('Lisa', 'Add')}: ${t('Ametijuhendi muutmine', 'Changing the job description')}` }).click();
    const clause = pane.getByText(t('Tüüptekst on lisatud.', 'The clause has been added.'));
    await clause.waitFor();
    await toolbar.getByRole('button', { name: t('Näidisdokument', 'Sample document') }).click();
    await clause.waitFor({ state: 'hidden' });

    // And a message goes as soon as another action starts.
    await pane.getByRole('button', { name: t('Lisa ülesanne', 'Add a duty') }).click();
    await pane.getByText(t('Ülesande rida on lisatud.', 'A duty row has been added.')).waitFor();
    await pane.getByRole('button', { name: t('Sisesta kogu põhi', 'Insert the full skeleton') }).click();
    await pane.getByText(t('Ülesande rida on lisatud.', 'A duty row has been added.')).waitFor({ state: 'hidden' });
    await h.assertAccessible(page);
  });
});
