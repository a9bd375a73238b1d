import { applyEdits } from '../../src/core/apply';
import { changedLocation, changedWords, fixSummary, revertEdits } from '../../src/core/changes';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { checkDocument } from '../../src/core/engine';
import { demoDocument } from '../../src/demo/demoDocument';

const catalogue = defaultCatalogue();

describe('what a fix changes, in words', () => {
  it('names the replaced words on the button: "C2 → C1"', () => {
    const doc = demoDocument();
    const fix = checkDocument(doc, { catalogue }).findings.find((f) => f.rule === 'language-level-above-max')!.fix!;
    expect(fixSummary(fix)).toEqual({ et: 'C2 → C1', en: 'C2 → C1' });
    expect(changedWords('tasemel C2.', 'tasemel C1.')).toEqual(['C2', 'C1']);
    expect(changedWords('omavalistuse', 'omavalitsuse')).toEqual(['omavalistuse', 'omavalitsuse']);
    // A renumbered duty shows its whole number, not the last digit; a full stop after it is no part of it.
    expect(changedWords('3.4 Viib läbi ennetustegevusi.', '3.3 Viib läbi ennetustegevusi.')).toEqual(['3.4', '3.3']);
    expect(changedWords('3.10. Koostab aruandeid', '3.9. Koostab aruandeid')).toEqual(['3.10', '3.9']);
    expect(changedWords('vähemalt tasemel C2.', 'vähemalt tasemel C1.')).toEqual(['C2', 'C1']);
  });

  it('keeps the description for a fix that inserts', () => {
    const demo = demoDocument();
    const doc = { ...demo, blocks: demo.blocks.filter((b) => !b.tags.includes('jd:section:vastutus')).map((b, index) => ({ ...b, index })) };
    const fix = checkDocument(doc, { catalogue }).findings.find((f) => f.rule === 'section-missing')!.fix!;
    expect(fixSummary(fix)).toBe(fix.description);
  });

  it('says where the change begins, and takes back a batch that only replaced', () => {
    const doc = demoDocument();
    const fix = checkDocument(doc, { catalogue }).findings.find((f) => f.rule === 'language-level-above-max')!.fix!;
    const after = applyEdits(doc, fix.edits);
    const level = doc.blocks.findIndex((b) => b.text.includes('tasemel C2'));
    expect(changedLocation(doc, after)).toEqual({ block: level, text: 'C1' });
    const back = revertEdits(doc, after)!;
    expect(applyEdits(after, back).blocks.map((b) => b.text)).toEqual(doc.blocks.map((b) => b.text));
    // A dismissal is taken back too; a batch that inserted is not (the host's own undo is).
    const dismissed = applyEdits(doc, [{ kind: 'dismiss', id: 'a', reason: 'b' }]);
    expect(applyEdits(dismissed, revertEdits(doc, dismissed)!).dismissals).toBeUndefined();
    const inserted = applyEdits(doc, [{ kind: 'insert', at: { after: 0 }, plan: { blocks: [{ type: 'paragraph', text: 'Uus' }] } }]);
    expect(revertEdits(doc, inserted)).toBeUndefined();
    expect(changedLocation(doc, inserted)).toEqual({ block: 1, text: 'Uus' });
  });
});
