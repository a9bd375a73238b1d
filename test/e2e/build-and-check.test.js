// Building a job description from nothing and checking it until it is ready for signing, in the
// demo host, as a person would use the pane (roles and Estonian names).
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const browser = h.browserForFile();

/** Strips the hidden severity word the pane reads out before each finding. */
const message = (shown) => shown.replace(/^(Viga|Hoiatus|Märkus|Error|Warning|Note):\s*/, '').trim();

/** Types a block's text in the document view, the way a person edits it there. */
async function type(page, block, text) {
  await page.locator(`.page [data-block="${block}"]`).dblclick();
  const input = page.getByRole('textbox', { name: 'Lõigu tekst' });
  await input.fill(text);
  await input.press('Enter');
  await h.until(async () => (await h.blockTexts(page))[block] === text, { what: `block ${block} to read "${text}"` });
}

test('empty document → skeleton → Kontrolli shows the empty fields in Estonian; a click selects the field', async () => {
  const page = await h.openDemo(browser.context, '?doc=empty');
  const pane = h.pane(page);
  await pane.getByRole('button', { name: 'Sisesta kogu põhi' }).click();
  await h.until(async () => (await h.blockTexts(page)).includes('1. ÜLDOSA'), { what: 'the skeleton' });
  // The document view draws it: section headings as headings, part 1 as a table.
  await page.locator('.page').getByRole('heading', { name: '3. TEENISTUSKOHUSTUSED' }).waitFor();
  assert.ok(await page.locator('.page table').first().getByText('1.1 Ametinimetus').isVisible());

  await h.runCheck(page);
  const { checkDocument } = h.engine();
  const { defaultCatalogue } = require('../../src/core/catalogue/load');
  const result = checkDocument(await h.snapshot(page), { catalogue: defaultCatalogue() });
  const expected = result.findings;
  const shown = (await h.shownFindings(page)).map(message);
  assert.deepEqual([...shown].sort(), h.asShown(result).sort());

  // What an empty skeleton lacks: its fields, its purpose, what its placeholders stand for, the signer.
  const rules = new Set(expected.map((f) => f.rule));
  assert.ok(rules.has('field-empty'));
  assert.equal(expected.filter((f) => f.rule === 'field-empty').length, 5);
  const emptyish = ['field-empty', 'purpose-empty', 'duty-without-result', 'competency-core-missing', 'language-level-missing', 'placeholder-left', 'signature-block-missing'];
  assert.deepEqual([...rules].filter((r) => !emptyish.includes(r)), []);
  // Each under its section's heading, which the message does not repeat.
  const fields = h.pane(page).getByRole('list', { name: '1. Üldosa' });
  assert.deepEqual((await fields.locator('li > button:first-child').allInnerTexts()).map(message)[0], 'Väli 1.1 „Ametinimetus“ on täitmata. Kirjutage sinna väärtus.');
  assert.deepEqual(page.jdErrors, []);

  // Clicking a finding puts the cursor on its field in the document.
  const field = expected.find((f) => f.rule === 'field-empty' && /1\.3/.test(f.message.et));
  await h.pane(page).getByRole('button', { name: /Väli 1\.3 „Vahetu juht“ on täitmata/ }).click();
  await h.until(async () => (await h.highlightedBlock(page)) === field.location.block, { what: 'the field to be selected' });
  assert.equal(await page.locator(`.page [data-block="${field.location.block}"]`).innerText(), '1.3 Vahetu juht');
  await page.close();
});

test('fill the demo document, fix one finding, add a duty with "Lisa ülesanne" → Valmis allkirjastamiseks', async () => {
  const page = await h.openDemo(browser.context);
  const pane = h.pane(page);
  await h.runCheck(page);
  assert.equal((await h.shownFindings(page)).length, 4);
  // A finding about a few words marks them in the selected paragraph.
  await pane.getByRole('button', { name: /[Tt]äitekoht/ }).click();
  await page.locator('.page .selected mark').getByText('[...]', { exact: true }).waitFor();

  // The C2 level: the pane's own fix.
  const before = await h.blockTexts(page);
  await pane.getByRole('button', { name: /^Paranda: / }).first().click();
  await h.until(async () => (await h.blockTexts(page)).some((t) => t.includes('tasemel C1')), { what: 'the level fix' });
  const afterFix = await h.blockTexts(page);
  assert.deepEqual(afterFix.filter((t) => !t.includes('tasemel C1')), before.filter((t) => !t.includes('tasemel C2')));

  // The rest by typing in the document, as the findings say.
  const texts = await h.blockTexts(page);
  const emptyField = texts.indexOf('1.5 Keda asendab') + 1;
  await type(page, emptyField, 'Nõunikku');
  const duty = texts.findIndex((t) => t.startsWith('3.5 '));
  await type(page, duty + 1, 'Välja on kujunenud koostööpartnerite võrgustik.');
  const placeholder = texts.findIndex((t) => t.includes('[...]'));
  await type(page, placeholder, 'Töövahenditeks on ametniku kasutusse antud kontorimööbel, kontoritarbed, sülearvuti ning ühiskasutuses olev kontoritehnika.');

  // A new duty from the Koosta tab: a row numbered 3.7 at the end of the table.
  await pane.getByRole('tab', { name: 'Koosta' }).click();
  const rowsBefore = (await h.snapshot(page)).blocks.filter((b) => b.table?.table === 1).length;
  await pane.getByRole('button', { name: 'Lisa ülesanne' }).click();
  const added = await h.until(async () => {
    const blocks = (await h.snapshot(page)).blocks;
    return blocks.filter((b) => b.table?.table === 1).length === rowsBefore + 2 && blocks;
  }, { what: 'the new duty row' });
  const newTask = added.findIndex((b) => b.table?.table === 1 && /^3\.7\b/.test(b.text));
  assert.ok(newTask > 0, 'the new row is numbered 3.7');
  await type(page, newTask, '3.7 Valdkonna õigusaktide muudatuste jälgimine ja kolleegide teavitamine.');
  await type(page, newTask + 1, 'Kolleegid on muudatustest õigel ajal teadlikud.');

  await h.runCheck(page);
  await h.until(async () => (await h.pane(page).getByText('Valmis allkirjastamiseks').count()) > 0, { what: 'the ready verdict' });
  assert.deepEqual(await h.shownFindings(page), []);
  assert.deepEqual(page.jdErrors, []);
  await page.close();
});

test('a click in the document puts the cursor there; the Koosta tab then offers that section\'s clauses and inserts one after the cursor', async () => {
  const page = await h.openDemo(browser.context);
  const pane = h.pane(page);
  // Section 8 in the writer's own words: the catalogue's change clause is not there.
  const change = (await h.blockTexts(page)).findIndex((t) => t.startsWith('Ametijuhend vaadatakse üle'));
  await type(page, change, 'Muudatused teeb personaliosakond kokkuleppel juhiga.');
  const before = await h.blockTexts(page);
  await page.locator(`.page [data-block="${change}"]`).click();
  assert.equal(await h.highlightedBlock(page), change);

  await pane.getByRole('button', { name: 'Värskenda kursori järgi' }).click();
  const clauses = pane.getByRole('region', { name: 'Tüüptekstid' });
  await clauses.getByText('8. Ametijuhendi muutmine', { exact: false }).waitFor();
  await clauses.getByRole('button', { name: 'Lisa: Ametijuhendi muutmine' }).click();
  await pane.getByText('Tüüptekst on lisatud.').waitFor();

  const blocks = (await h.snapshot(page)).blocks;
  const inserted = blocks[change + 1];
  assert.ok(inserted.tags.includes('jd:clause:muutmine'), `tags of the block after the cursor: ${inserted.tags}`);
  assert.equal(blocks.length, before.length + 1);
  assert.deepEqual(blocks.filter((_, i) => i !== change + 1).map((b) => b.text), before);
  // Now it is there: the list says so and offers to show it, not to add it again.
  await clauses.getByRole('button', { name: 'Näita: Ametijuhendi muutmine' }).waitFor();
  assert.deepEqual(page.jdErrors, []);
  await page.close();
});
