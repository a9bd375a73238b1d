import { fieldEmpty } from '../../src/core/rules/field-empty';
import { snapshotFromLines } from '../core/seed-snapshots';
import { blockWith, removeBlocks, replaceText, run, seed } from './rule-context';

describe('field-empty', () => {
  it('stays silent on both seeds', () => {
    expect(run(fieldEmpty, seed('ametnik'), 'ametnik')).toEqual([]);
    expect(run(fieldEmpty, seed('tootaja'), 'tootaja')).toEqual([]);
  });

  it('fires for an empty value and points at its label', () => {
    const doc = replaceText(seed('ametnik'), 'Perehüvitiste valdkonna juht', '');
    const findings = run(fieldEmpty, doc, 'ametnik');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: 'field-empty', severity: 'error', section: 'uldosa', subject: 'vahetu_juht' });
    expect(f.location).toEqual({ block: blockWith(doc, '1.3 Vahetu juht'), text: '1.3 Vahetu juht' });
    expect(f.message.et).toBe('Osa 1 „ÜLDOSA“: väli 1.3 „Vahetu juht“ on täitmata. Kirjutage sinna väärtus.');
    expect(f.message.en).toBe('Part 1 "ÜLDOSA": field 1.3 "Vahetu juht" is empty. Fill it in.');
  });

  it('fires for any label left blank, an optional one too: the document set it up', () => {
    const doc = replaceText(seed('ametnik'), 'Nõunikku', '');
    expect(run(fieldEmpty, doc, 'ametnik').map((f) => [f.subject, f.location.text])).toEqual([['asendatav', '1.5 Keda asendab']]);
  });

  it('fires for the substitute when the document names none, pointing at part 1', () => {
    const base = seed('tootaja');
    const doc = removeBlocks(base, blockWith(base, '1.4 Kes asendab'));
    const [f] = run(fieldEmpty, doc, 'tootaja').filter((x) => x.subject === 'asendaja');
    expect(f.message.et).toBe(
      'Osa 1 „ÜLDOSA“: asendaja on märkimata. Lisage üldossa, kes asendab teda tema äraolekul (nt „Asendaja: nõunik“).',
    );
    expect(f.location.block).toBe(blockWith(doc, '1. ÜLDOSA'));
  });

  it('says nothing of an optional field the document does not have', () => {
    const base = seed('tootaja');
    const doc = removeBlocks(base, blockWith(base, '1.5 Keda asendab'));
    expect(run(fieldEmpty, doc, 'tootaja').map((f) => f.subject)).not.toContain('asendatav');
  });

  it('takes the position from the title ("ÕPETAJA AMETIJUHEND") and the fields from "Label: value" lines', () => {
    const doc = snapshotFromLines(['ÕPETAJA AMETIJUHEND', 'Allub: direktorile', 'Asendaja: direktori määratud õpetaja', '1. TÖÖÜLESANDED', '1.1 Õpetab.']);
    expect(run(fieldEmpty, doc, 'tootaja')).toEqual([]);
  });

  it('names the document as the place when there is no part 1', () => {
    const doc = snapshotFromLines(['ÕPETAJA AMETIJUHEND', '1. TÖÖÜLESANDED', '1.1 Õpetab.']);
    expect(run(fieldEmpty, doc, 'tootaja').map((f) => [f.subject, f.message.et.slice(0, 30)])).toEqual([
      ['vahetu_juht', 'Dokument: vahetu juht on märki'],
      ['asendaja', 'Dokument: asendaja on märkimat'],
    ]);
  });
});
