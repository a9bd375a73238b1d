// The main flow with the keyboard only (Tab, Enter, arrow keys; no mouse): switch the pane to
// English, insert the skeleton, check, go to a finding in the document.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const browser = h.browserForFile();

/** What has the keyboard focus: its role (explicit or the element) and its text. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { role: '', text: '' };
    return {
      role: el.getAttribute('role') || el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') || el.innerText || '').trim(),
      inPane: !!el.closest('#pane'),
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focus is on what `wanted` accepts; fails after `max` presses. */
async function tabTo(page, wanted, { shift = false, max = 60 } = {}) {
  const trail = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    trail.push(`${f.role}:${f.text.slice(0, 30)}`);
    if (wanted(f)) return f;
  }
  const panel = await page.evaluate(() => document.querySelector('#pane [role=tabpanel]:not([hidden])')?.innerText);
  throw new Error(`Focus never reached the target; it went ${trail.join(' → ')}; the open panel reads: ${panel}`);
}

test('keyboard only: switch to English, skeleton → Check → a finding takes the cursor to its place', async () => {
  const page = await h.openDemo(browser.context, '?doc=empty');
  const pane = h.pane(page);
  await pane.getByRole('tab', { name: 'Koosta' }).waitFor();
  // Switch the pane to English with the keyboard.
  await tabTo(page, (f) => f.inPane && f.role === 'button' && /^(EN|Inglise keel)$/.test(f.text));
  await page.keyboard.press('Enter');
  await pane.getByRole('tab', { name: 'Build' }).waitFor();
  await pane.getByRole('button', { name: 'Insert the full skeleton' }).and(page.locator(':enabled')).waitFor();

  await tabTo(page, (f) => f.inPane && f.role === 'button' && f.text === 'Insert the full skeleton');
  await page.keyboard.press('Enter');
  await h.until(async () => (await h.blockTexts(page)).includes('1. ÜLDOSA'), { what: 'the skeleton' });
  await pane.getByText('The skeleton has been added.').waitFor();

  // Back to the tabs, across to Check with the arrow key, and into its panel.
  await tabTo(page, (f) => f.inPane && f.role === 'tab', { shift: true });
  await page.keyboard.press('ArrowRight');
  assert.equal((await focused(page)).text, 'Check');
  await page.keyboard.press('Enter');
  await pane.getByRole('tabpanel', { name: 'Check' }).waitFor();
  // The tab's code loads on first use: wait for its button before tabbing to it.
  await pane.getByRole('tabpanel', { name: 'Check' }).getByRole('button', { name: 'Check', exact: true }).waitFor();
  await tabTo(page, (f) => f.inPane && f.role === 'button' && f.text === 'Check');
  await page.keyboard.press('Enter');
  await pane.getByRole('button', { name: 'Check again' }).waitFor();

  const { checkDocument } = h.engine();
  const { defaultCatalogue } = require('../../src/core/catalogue/load');
  const result = checkDocument(await h.snapshot(page), { catalogue: defaultCatalogue() });
  const findings = result.findings;
  const shownAs = h.asShown(result, 'en');
  const shown = await pane.getByRole('region', { name: 'Findings' }).locator('li > button:first-child').allInnerTexts();
  assert.deepEqual(shown.map((s) => s.replace(/^(Error|Warning|Note):\s*/, '')).sort(), [...shownAs].sort());

  // The first finding in the pane's order, chosen with Tab and Enter.
  const first = await tabTo(page, (f) => f.inPane && f.role === 'button' && shownAs.some((x) => f.text.endsWith(x)));
  const finding = findings[shownAs.findIndex((x) => first.text.endsWith(x))];
  await page.keyboard.press('Enter');
  await h.until(async () => (await h.highlightedBlock(page)) === finding.location.block, { what: 'the finding\'s block to be selected' });

  // The document view works from the keyboard too: arrow keys move the cursor, Enter edits.
  await tabTo(page, (f) => f.role === 'document', { shift: true });
  const start = await h.highlightedBlock(page);
  await page.keyboard.press('ArrowDown');
  assert.equal(await h.highlightedBlock(page), start + 1);
  assert.deepEqual(page.jdErrors, []);
  await page.close();
});
