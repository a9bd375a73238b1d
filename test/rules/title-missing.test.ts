import { titleMissing } from '../../src/core/rules/title-missing';
import { snapshotFromLines } from '../core/seed-snapshots';
import { applyFix, blockWith, replaceText, run, seed } from './rule-context';

describe('title-missing', () => {
  it('stays silent on both seeds', () => {
    expect(run(titleMissing, seed('ametnik'), 'ametnik')).toEqual([]);
    expect(run(titleMissing, seed('tootaja'), 'tootaja')).toEqual([]);
  });

  it('stays silent for an accepted synonym title', () => {
    expect(run(titleMissing, replaceText(seed('ametnik'), 'AMETIJUHEND', 'TÖÖJUHEND'), 'ametnik')).toEqual([]);
  });

  it('fires without the title and inserts it before the first block', () => {
    const doc = replaceText(seed('ametnik'), 'AMETIJUHEND', '');
    const findings = run(titleMissing, doc, 'ametnik');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe('title-missing');
    expect(f.severity).toBe('error');
    expect(f.location.block).toBe(blockWith(doc, '1. ÜLDOSA'));
    expect(f.message.et).toContain('pealkiri „AMETIJUHEND“ puudub');
    expect(f.message.en).toContain('"AMETIJUHEND" is missing');
    expect(f.fix?.edits).toEqual([
      { kind: 'insert', at: { before: 0 }, plan: expect.objectContaining({ blocks: [{ type: 'paragraph', text: 'AMETIJUHEND', bold: true }] }) },
    ]);
    const out = applyFix(titleMissing, doc, 'ametnik', f);
    expect(out).toMatchObject({ removed: [], added: ['AMETIJUHEND'] });
    expect(out.snapshot.blocks[0]).toMatchObject({ text: 'AMETIJUHEND', bold: true, tags: ['jd:title'] });
  });

  it('inserts the title after the variant marker, without repeating the marker', () => {
    const doc = replaceText(seed('tootaja'), 'AMETIJUHEND', 'Lisa');
    const [f] = run(titleMissing, doc, 'tootaja');
    expect(f.fix?.edits[0]).toMatchObject({ kind: 'insert', at: { after: blockWith(doc, 'Töölepingu juurde kuuluv lisa') } });
    const edit = f.fix?.edits[0];
    expect(edit?.kind === 'insert' && edit.plan.blocks.map((b) => ('text' in b ? b.text : ''))).toEqual(['AMETIJUHEND']);
    const out = applyFix(titleMissing, doc, 'tootaja', f);
    expect(out).toMatchObject({ removed: [], added: ['AMETIJUHEND'] });
    expect(out.snapshot.blocks.map((b) => b.text).slice(0, 4)).toEqual(['Töölepingu juurde kuuluv lisa', 'AMETIJUHEND', '', 'Lisa']);
  });

  it('handles an empty document', () => {
    const [f] = run(titleMissing, snapshotFromLines([]), 'ametnik');
    expect(f.location).toEqual({ block: 0, text: '' });
    expect(f.fix?.edits[0]).toMatchObject({ at: { end: true } });
    expect(applyFix(titleMissing, snapshotFromLines([]), 'ametnik', f).added).toEqual(['AMETIJUHEND']);
  });
});
