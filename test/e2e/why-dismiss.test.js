// Issue 12, item 7: a finding's "Miks?" / "Why?" shows the rule's explanation from docs/rules/; a
// warning can be dismissed with a reason, which is stored in the document (a custom document
// property), so the next check, the saved .docx and jd-check keep it; "Taasta" takes it back.
const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const h = require('./helpers');

const browser = h.browserForFile();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-e2e-dismiss-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const REASON = { et: 'Tulemus lepitakse kokku arenguvestlusel.', en: 'The result is agreed in the appraisal talk.' };

test('"Miks?" explains the rule; a warning dismissed with a reason stays dismissed in the document, the saved file and jd-check (et, en)', async () => {
  await h.inBothLanguages(browser.context, '', async (page, lang, t) => {
    const pane = h.pane(page);
    await h.runCheck(page, lang === 'et' ? {} : { tab: 'Check', again: 'Check again', busy: 'Checking…' });
    const item = pane.getByRole('listitem').filter({ hasText: t('Ülesandel 3.5 puudub oodatav tulemus', 'Duty 3.5 has no expected result') });
    await item.getByRole('button', { name: t('Miks?', 'Why?') }).click();
    await item.getByText(t(/^Tulemusi hinnatakse iga-aastasel hindamisel/, /^Results are what the annual appraisal assesses/)).waitFor();
    await h.assertAccessible(page);
    await h.paneShot(page, 'why', item);

    await item.getByRole('button', { name: t('Jäta kõrvale', 'Dismiss') }).click();
    await item.getByRole('textbox', { name: t('Põhjus (salvestatakse dokumenti)', 'Reason (stored in the document)') }).fill(REASON[lang]);
    await h.assertAccessible(page);
    await item.getByRole('button', { name: t('Salvesta', 'Save') }).click();
    await pane.getByText(t('Hoiatus on kõrvale jäetud; põhjus on salvestatud dokumenti.', 'The warning has been dismissed; the reason is stored in the document.')).waitFor();
    // Stored in the document, and the verdict counts it no more.
    const stored = await page.evaluate(() => window.__demo.host.snapshot.dismissals);
    assert.deepEqual(stored.map((d) => d.reason), [REASON[lang]]);
    const dismissed = pane.getByRole('list', { name: t('Kõrvale jäetud (1)', 'Dismissed (1)') });
    await dismissed.getByText(`${t('Põhjus', 'Reason')}: ${REASON[lang]}`).waitFor();
    await pane.getByText(t('3 viga', '3 errors'), { exact: true }).waitFor();
    await h.paneShot(page, 'dismissed', dismissed);

    // The next check keeps it.
    await h.runCheck(page, lang === 'et' ? {} : { tab: 'Check', again: 'Check again', busy: 'Checking…' });
    await dismissed.getByText(`${t('Põhjus', 'Reason')}: ${REASON[lang]}`).waitFor();
    if (lang === 'et') await savedFileKeepsIt(page);

    await dismissed.getByRole('button', { name: t('Taasta', 'Restore') }).click();
    await pane.getByText(t('Hoiatus on taastatud.', 'The warning has been restored.')).waitFor();
    await pane.getByText(t('3 viga ja 1 hoiatus', '3 errors and 1 warning'), { exact: true }).waitFor();
    assert.equal(await page.evaluate(() => window.__demo.host.snapshot.dismissals), undefined);
  });
});

/** "Salvesta .docx", then the file read as jd-check reads it: the warning is there, dismissed with the reason. */
async function savedFileKeepsIt(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Salvesta .docx' }).click()]);
  const saved = path.join(dir, 'ametijuhend.docx');
  await download.saveAs(saved);
  h.engine();
  const { main } = require('../../src/cli/jd-check');
  let out = '';
  const code = await main(['--format', 'json', saved], { stdout: (s) => (out += s), stderr: () => undefined, color: false });
  assert.equal(code, 1); // the demo's errors are still there
  const finding = JSON.parse(out)[0].findings.find((f) => f.rule === 'duty-without-result');
  assert.deepEqual(finding.dismissed, { reason: REASON.et });
}
