// Issue 12, item 3: the variant choice says what it governs, and when the writer chooses the other
// variant than the document's, it offers the conversion: a list of the changes first, then one
// batch of them, which one undo takes back.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const browser = h.browserForFile();

test('the civil servant\'s sample becomes an employee\'s after a reviewed list; the check follows; one undo restores it (et, en)', async () => {
  await h.inBothLanguages(browser.context, '', async (page, lang, t) => {
    const pane = h.pane(page);
    const original = await h.blockTexts(page);
    await pane.getByText(t(/^Liik määrab, mida Koosta lisab/, /^The kind decides what Build inserts/)).waitFor();
    await pane.getByRole('radio', { name: t('Töötaja (töölepingu lisa)', 'Employee (annex to the employment contract)') }).check();
    await pane.getByRole('button', { name: t('Teisenda töötaja ametijuhendiks', 'Convert to an employee’s job description') }).click();

    // The list first: every paragraph that changes, with its words.
    const review = pane.getByRole('region', { name: t('Teisenda töötaja ametijuhendiks', 'Convert to an employee’s job description') });
    await review.getByText(t(/muudatust$/, /changes$/)).waitFor();
    const items = await review.getByRole('listitem').allInnerTexts();
    assert.ok(items.some((s) => s.startsWith('„Töölepingu juurde kuuluv lisa“')), items.join('\n'));
    assert.ok(items.some((s) => s.startsWith('AMETIKOHA → TÖÖKOHA')), items.join('\n'));
    assert.ok(items.some((s) => s.startsWith('Ametnikul on õigus → Töötajal on õigus')), items.join('\n'));
    assert.deepEqual(await h.blockTexts(page), original, 'nothing changes before "Teisenda"');
    await h.assertAccessible(page);
    await h.paneShot(page, 'variant-review', review);

    await review.getByRole('button', { name: t('Teisenda', 'Convert'), exact: true }).click();
    await pane.getByText(t(/^Dokument on teisendatud: \d+ muudatust\./, /^The document has been converted: \d+ changes\./)).waitFor();
    const converted = await h.blockTexts(page);
    assert.equal(converted[0], 'Töölepingu juurde kuuluv lisa');
    for (const text of ['2. TÖÖKOHA EESMÄRK', '3. TÖÖÜLESANDED', 'Töötajal on õigus:', 'Töötaja vastutab:', '7. TÖÖKOHALE ESITATAVAD NÕUDED']) assert.ok(converted.includes(text), text);
    await pane.getByText(t('Dokumendist tuvastatud: Töötaja (töölepingu lisa)', 'Detected from the document: Employee (annex to the employment contract)')).waitFor();
    await h.paneShot(page, 'variant-converted');

    await h.runCheck(page, lang === 'et' ? {} : { tab: 'Check', again: 'Check again', busy: 'Checking…' });
    await pane.getByText(t('Liik: Töötaja (töölepingu lisa)', 'Kind: Employee (annex to the employment contract)')).waitFor();
    // None of the other variant's words is left to report.
    assert.ok(!(await h.shownFindings(page, t('Leiud', 'Findings'))).some((s) => /teise ametijuhendi liigi|other kind of job description/.test(s)));

    // One undo (the demo's "Võta tagasi", Ctrl+Z in Word) takes the whole conversion back.
    await page.getByRole('toolbar').getByRole('button', { name: t('Võta tagasi', 'Undo') }).click();
    await h.until(async () => JSON.stringify(await h.blockTexts(page)) === JSON.stringify(original), { what: 'the document as it was' });
  });
});
