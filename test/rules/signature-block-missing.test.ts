import { signatureBlockMissing } from '../../src/core/rules/signature-block-missing';
import { applyFix, blockWith, insertLines, removeBlocks, run, seed } from './rule-context';

describe('signature-block-missing', () => {
  it('stays silent on both seeds', () => {
    expect(run(signatureBlockMissing, seed('ametnik'), 'ametnik')).toEqual([]);
    expect(run(signatureBlockMissing, seed('tootaja'), 'tootaja')).toEqual([]);
  });

  it('is a house rule, and stays silent for a document approved by a directive ("Kinnitatud … käskkirjaga")', () => {
    expect(signatureBlockMissing.houseRule).toBe('signatureBlock');
    const base = seed('ametnik');
    const unsigned = removeBlocks(base, blockWith(base, '(allkirjastatud digitaalselt)'), base.blocks.length - 1);
    const approved = insertLines(unsigned, 0, ['KINNITATUD', 'peadirektori 06.02.2026 käskkirjaga nr 2.1-2/26/004']);
    expect(run(signatureBlockMissing, approved, 'ametnik')).toEqual([]);
    expect(run(signatureBlockMissing, unsigned, 'ametnik')).toHaveLength(1);
  });

  it('fires when the civil servant document is not signed, and inserts the block at the end', () => {
    const base = seed('ametnik');
    const doc = removeBlocks(base, blockWith(base, '(allkirjastatud digitaalselt)'), base.blocks.length - 1);
    const findings = run(signatureBlockMissing, doc, 'ametnik');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: 'signature-block-missing', severity: 'error' });
    expect(f.location.block).toBe(doc.blocks.length - 1);
    expect(f.message.et).toBe('Dokument: allkirjade osa puudub. Lisage see dokumendi lõppu.');
    expect(f.message.en).toBe('Document: the signature block is missing. Add it at the end of the document.');
    expect(f.fix?.edits).toEqual([{ kind: 'insert', at: { end: true }, plan: expect.objectContaining({ tag: 'jd:signatures' }) }]);
    const out = applyFix(signatureBlockMissing, doc, 'ametnik', f);
    expect(out).toMatchObject({ removed: [], added: ['(allkirjastatud digitaalselt)', '', ''] });
    expect(out.snapshot.blocks.slice(0, doc.blocks.length)).toEqual(doc.blocks);
    expect(out.snapshot.blocks.slice(doc.blocks.length).map((b) => b.tags)).toEqual([['jd:signatures'], ['jd:signatures'], ['jd:signatures']]);
  });

  it('names the parties of the employee variant', () => {
    const base = seed('tootaja');
    const doc = removeBlocks(base, blockWith(base, 'Poolte allkirjad:'), base.blocks.length - 1);
    const [f] = run(signatureBlockMissing, doc, 'tootaja');
    expect(f.message.et).toBe('Dokument: allkirjade osa (Tööandja, Töötaja) puudub. Lisage see dokumendi lõppu.');
    expect(applyFix(signatureBlockMissing, doc, 'tootaja', f).added).toEqual([
      'Poolte allkirjad:', 'Tööandja:', '(allkirjastatud digitaalselt)', '', '', 'Töötaja:', '(allkirjastatud digitaalselt)', '', '',
    ]);
  });

  it('fires for a missing party, without a fix', () => {
    const base = seed('tootaja');
    const blocks = base.blocks
      .filter((b) => !(b.table?.table === 3 && b.table.col === 1))
      .map((b, index) => ({ ...b, index }));
    const doc = { ...base, blocks };
    const findings = run(signatureBlockMissing, doc, 'tootaja');
    expect(findings).toHaveLength(1);
    expect(findings[0].location.block).toBe(blockWith(doc, 'Tööandja:'));
    expect(findings[0].message.et).toBe(
      'Dokument: allkirjade osas puudub „Töötaja“. Lisage allkirjastaja „Töötaja:“ koos nime ja ametinimetusega.',
    );
    expect(findings[0].fix).toBeUndefined();
  });
});
