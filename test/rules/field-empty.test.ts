import { fieldEmpty } from '../../src/core/rules/field-empty';
import { blockWith, profile, removeBlocks, replaceText, run, contextFor, seed } from './rule-context';

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
    expect(f).toMatchObject({ rule: 'field-empty', severity: 'error', section: 'uldosa' });
    expect(f.location).toEqual({ block: blockWith(doc, '1.3 Vahetu juht'), text: '1.3 Vahetu juht' });
    expect(f.message.et).toBe('Osa 1 „ÜLDOSA“: väli 1.3 „Vahetu juht“ on täitmata. Kirjutage sinna väärtus.');
    expect(f.message.en).toBe('Part 1 "ÜLDOSA": field 1.3 "Vahetu juht" is empty. Fill it in.');
  });

  it('fires for a field whose label is gone, pointing at the section heading', () => {
    const base = seed('tootaja');
    const doc = removeBlocks(base, blockWith(base, '1.5 Keda asendab'));
    const fields = run(fieldEmpty, doc, 'tootaja');
    const f = fields.find((x) => x.message.et.includes('1.5'));
    expect(f?.message.et).toBe('Osa 1 „ÜLDOSA“: väli 1.5 „Keda asendab“ puudub. Lisage see koos väärtusega.');
    expect(f?.location.block).toBe(blockWith(doc, '1. ÜLDOSA'));
  });

  it('stays silent for an empty optional field', () => {
    const doc = replaceText(seed('ametnik'), 'Nõunikku', '');
    const optional = profile('ametnik');
    const ctx = contextFor(doc, 'ametnik');
    const relaxed = { ...optional, fields: optional.fields.map((f) => (f.id === 'asendatav' ? { ...f, required: false } : f)) };
    expect(fieldEmpty.check({ ...ctx, profile: relaxed })).toEqual([]);
    expect(fieldEmpty.check(ctx).map((f) => f.location.text)).toEqual(['1.5 Keda asendab']);
  });
});
