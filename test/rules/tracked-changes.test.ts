import { trackedChanges } from '../../src/core/rules/tracked-changes';
import { snapshotFromLines } from '../core/seed-snapshots';
import { run, seed } from './rule-context';

describe('tracked-changes', () => {
  it('stays silent on both seeds', () => {
    expect(run(trackedChanges, seed('ametnik'), 'ametnik')).toEqual([]);
    expect(run(trackedChanges, seed('tootaja'), 'tootaja')).toEqual([]);
  });

  it('fires for pending revisions, at the first text of the document', () => {
    const doc = { ...seed('tootaja'), trackedChanges: 3 };
    const findings = run(trackedChanges, doc, 'tootaja');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: 'tracked-changes', severity: 'error' });
    expect(f.location).toEqual({ block: 0, text: 'Töölepingu juurde kuuluv lisa' });
    expect(f.message.et).toBe(
      'Dokument: 3 jälitatud muudatust on vastu võtmata. Enne allkirjastamist võtke muudatused vastu või lükake tagasi (Läbivaatus → Muudatused).',
    );
    expect(f.message.en).toContain('3 tracked changes are pending');
  });

  it('uses the singular for one change and copes with an empty document', () => {
    const [f] = run(trackedChanges, { ...snapshotFromLines([]), trackedChanges: 1 }, 'ametnik');
    expect(f.location).toEqual({ block: 0, text: '' });
    expect(f.message.et).toContain('1 jälitatud muudatus on vastu võtmata');
    expect(f.message.en).toContain('1 tracked change is pending');
  });
});
