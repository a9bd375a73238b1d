import { dutyWithoutResult } from '../../src/core/rules/duty-without-result';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { blockWith, run, seed } from './rule-context';
import { snapshotFromLines } from '../core/seed-snapshots';

/** The seed with the results cell of the duty that starts with `numberedTask` emptied. */
function withoutResults(doc: DocumentSnapshot, numberedTask: string): DocumentSnapshot {
  const task = doc.blocks[blockWith(doc, numberedTask)];
  const blocks = doc.blocks.map((b) =>
    b.table && task.table && b.table.table === task.table.table && b.table.row === task.table.row && b.table.col === 1 ? { ...b, text: '' } : b,
  );
  return { ...doc, blocks };
}

describe('duty-without-result', () => {
  it('stays silent on both seeds', () => {
    expect(run(dutyWithoutResult, seed('ametnik'), 'ametnik')).toEqual([]);
    expect(run(dutyWithoutResult, seed('tootaja'), 'tootaja')).toEqual([]);
  });

  it('asks for results only where the document has a results column, unless the house rule wants them everywhere', () => {
    const paragraphs = snapshotFromLines(['AMETIJUHEND', '3. TEENISTUSKOHUSTUSED', '3.1 Nõustab kliente.', '3.2 Koostab aruandeid.', '4. ÕIGUSED']);
    expect(run(dutyWithoutResult, paragraphs, 'ametnik')).toEqual([]);
    const all = run(dutyWithoutResult, paragraphs, 'ametnik', { houseRules: { dutyResults: true } });
    expect(all.map((f) => f.message.et)).toEqual([
      'Osa 3 „TEENISTUSKOHUSTUSED“: ülesandel 3.1 puudub oodatav tulemus. Kirjutage see ülesande juurde.',
      'Osa 3 „TEENISTUSKOHUSTUSED“: ülesandel 3.2 puudub oodatav tulemus. Kirjutage see ülesande juurde.',
    ]);
  });

  it('fires for a duty with an empty results cell', () => {
    const doc = withoutResults(seed('ametnik'), '3.4 Klientide');
    const findings = run(dutyWithoutResult, doc, 'ametnik');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: 'duty-without-result', severity: 'warning', section: 'ulesanded' });
    expect(f.location.block).toBe(blockWith(doc, '3.4 Klientide'));
    expect(f.location.text).toMatch(/^3\.4 Klientide pöördumiste analüüsimine/);
    expect(f.message.et).toBe('Osa 3 „TEENISTUSKOHUSTUSED“: ülesandel 3.4 puudub oodatav tulemus. Lisage see tulemuste veergu.');
    expect(f.message.en).toBe('Part 3 "TEENISTUSKOHUSTUSED": duty 3.4 has no expected result. Add it in the results column.');
  });

  it('names the duty without the trailing dot in the employee variant', () => {
    const doc = withoutResults(seed('tootaja'), '3.2. Arendusprojektide');
    const [f] = run(dutyWithoutResult, doc, 'tootaja');
    expect(f.message.et).toContain('Osa 3 „TÖÖÜLESANDED“: ülesandel 3.2 puudub oodatav tulemus.');
  });
});
