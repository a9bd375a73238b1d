// Issue 12, item 2: the skeleton leaves placeholders where the signer's name and position go (and
// wherever else the writer must write), the check reports each one as an error, and "Valmis
// allkirjastamiseks" shows only once every one is replaced.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const browser = h.browserForFile();

/** Everything the skeleton asks for but the signer, by the label before it. */
const FILL = [
  ['1.1 Ametinimetus', 'Nõunik'],
  ['1.2 Struktuuriüksus', 'Hüvitiste osakond'],
  ['1.3 Vahetu juht', 'Osakonna juhataja'],
  ['1.4 Kes asendab', 'Teine nõunik'],
  ['1.5 Keda asendab', 'Teist nõunikku'],
  ['2. AMETIKOHA EESMÄRK', 'Ametikoha eesmärk on perehüvitiste taotlejate nõustamine.'],
  ['Põhiülesanded', null], // the header row: its next two cells are the duty's
  ['Haridus', 'Kõrgharidus'],
  ['Töökogemus', 'Vähemalt 2-aastane töökogemus.'],
  ['Keeleoskus', 'Eesti keele oskus tasemel C1.'],
  ['Arvutikasutamise oskus', 'Teksti- ja andmetöötluse põhifunktsioonide kasutamine.'],
];

async function fillAllButTheSigner(page) {
  for (const [label, value] of FILL) {
    const at = (await h.blockTexts(page)).indexOf(label);
    assert.ok(at >= 0, label);
    if (value === null) {
      await h.typeInBlock(page, at + 2, '3.1 Perehüvitiste taotluste menetlemine.');
      await h.typeInBlock(page, at + 3, 'Taotlused on menetletud tähtaegselt.');
    } else {
      await h.typeInBlock(page, at + 1, value);
    }
  }
}

test('the skeleton\'s signer is a placeholder the check reports; "ready" only once it is written (et, en)', async () => {
  await h.inBothLanguages(browser.context, '?doc=empty', async (page, lang, t) => {
    const pane = h.pane(page);
    await pane.getByRole('button', { name: t('Sisesta kogu põhi', 'Insert the full skeleton') }).click();
    await h.until(async () => (await h.blockTexts(page)).includes('1. ÜLDOSA'), { what: 'the skeleton' });
    const texts = await h.blockTexts(page);
    const marker = texts.indexOf('(allkirjastatud digitaalselt)');
    assert.deepEqual(texts.slice(marker + 1, marker + 3), ['[Ees- ja perekonnanimi]', '[Ametinimetus]']);
    await fillAllButTheSigner(page);

    const check = lang === 'et' ? {} : { tab: 'Check', again: 'Check again', busy: 'Checking…' };
    await h.runCheck(page, check);
    assert.equal(await pane.getByText(t('Valmis allkirjastamiseks', 'Ready for signing')).count(), 0, 'not ready while a placeholder is left');
    const shown = await h.shownFindings(page, t('Leiud', 'Findings'));
    const placeholders = shown.filter((s) => /\[(Ees- ja perekonnanimi|Ametinimetus)\]/.test(s));
    assert.equal(placeholders.length, 2, shown.join('\n'));
    for (const s of placeholders) assert.match(s, t(/^Viga:\s+Allkirjad: täitekoht/, /^Error:\s+Signatures: the placeholder/));
    await h.assertAccessible(page);
    await h.paneShot(page, 'signer-placeholder');

    await h.typeInBlock(page, marker + 1, 'Kadri Tamm');
    await h.typeInBlock(page, marker + 2, 'Peadirektor');
    await h.runCheck(page, check);
    await pane.getByText(t('Valmis allkirjastamiseks', 'Ready for signing')).waitFor();
    await h.paneShot(page, 'signer-ready');
  });
});
