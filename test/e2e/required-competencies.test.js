// Issue 12, item 6: the Kompetentsid tab marks which competencies the organisation requires of this
// position and which the document has, adds all the required ones at once, tells two entries of one
// name apart by their group, and keeps the insert button in sight at 320 px.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');
const { orgCatalogue, useCatalogue } = require('./organisation');

const browser = h.browserForFile({ width: 1280, height: 900 });

/** True when the element is wholly inside the pane's visible part and the window. */
const inSight = (locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const pane = document.querySelector('#pane').getBoundingClientRect();
    return r.top >= pane.top && r.bottom <= Math.min(pane.bottom, window.innerHeight) && r.height > 0;
  });

test('required competencies marked, all added at once, a leader\'s too; namesakes told apart; the insert button in sight (et, en)', async () => {
  await useCatalogue(browser.context, orgCatalogue());
  await h.inBothLanguages(browser.context, '?doc=empty', async (page, lang, t) => {
    const pane = h.pane(page);
    await pane.getByRole('button', { name: t('Sisesta kogu põhi', 'Insert the full skeleton') }).click();
    await h.until(async () => (await h.blockTexts(page)).includes('1. ÜLDOSA'), { what: 'the skeleton' });
    // A position that leads people needs the leaders' competency too.
    await h.typeInBlock(page, (await h.blockTexts(page)).indexOf('1.1 Ametinimetus') + 1, 'Osakonna juhataja');
    await pane.getByRole('tab', { name: t('Kompetentsid', 'Competencies') }).click();
    const required = pane.getByRole('region', { name: t('Asutuse nõutavad kompetentsid', 'Competencies the organisation requires') });
    await required.getByText(t('Eestvedamine (juhile)', 'Leadership (for a leader)')).waitFor();
    const names = [t('Kliendikesksus', 'Client focus'), t('Asjatundlikkus', 'Expertise'), t('Koostöövõime', 'Cooperation'), t('Efektiivsus', 'Effectiveness'), t('Eestvedamine (juhile)', 'Leadership (for a leader)')];
    assert.deepEqual(
      (await required.getByRole('listitem').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim()),
      names.map((n) => `${n} – ${t('puudub', 'missing')}`),
    );
    const list = pane.getByRole('listbox');
    assert.match(await list.getByRole('option').filter({ hasText: names[0] }).innerText(), t(/Nõutav/, /Required/));

    // Two of one name: the group says which, in the list and where the chosen one is shown.
    const namesakes = list.getByRole('option').filter({ hasText: new RegExp(`^${names[1]}`) });
    assert.equal(await namesakes.count(), 2);
    await namesakes.filter({ hasText: t('Täiendavad', 'Additional') }).click();
    // (The chosen one is shown as it goes into the document: in Estonian.)
    await pane.getByText(`Asjatundlikkus (${t('Täiendavad', 'Additional')})`).waitFor();
    // An entry far down the list: its insert button is in sight without scrolling.
    await list.getByRole('option').filter({ hasText: new RegExp(`^${t('Loovus', 'Creativity')}`) }).click();
    assert.ok(await inSight(pane.getByRole('button', { name: t('Lisa dokumenti', 'Insert into the document') })), 'the insert button is in sight');
    await h.assertAccessible(page);
    await h.paneShot(page, 'competencies-chosen');

    await pane.getByRole('button', { name: t(/^Lisa kõik nõutavad \(5\)$/, /^Add all required \(5\)$/) }).click();
    await pane.getByText(t('Nõutavad kompetentsid on lisatud nõuete osasse.', 'The required competencies have been added to the requirements section.')).waitFor();
    await required.getByText(t('Kõik nõutavad kompetentsid on dokumendis.', 'All the required competencies are in the document.')).waitFor();
    const blocks = await h.blockTexts(page);
    const places = ['Kliendikesksus:', 'Asjatundlikkus:', 'Koostöövõime:', 'Efektiivsus:', 'Eestvedamine:'].map((n) => blocks.indexOf(n));
    assert.ok(places.every((at, i) => at > blocks.indexOf('Tööks vajalikud kompetentsid') && (i === 0 || at > places[i - 1])), `in order under the heading: ${places}`);
    await h.paneShot(page, 'competencies-required', required);
    await h.runCheck(page, lang === 'et' ? {} : { tab: 'Check', again: 'Check again', busy: 'Checking…' });
    assert.ok(!(await h.shownFindings(page, t('Leiud', 'Findings'))).some((s) => /põhikompetents|core competency/.test(s)));
  });
});
