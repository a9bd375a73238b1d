import { dutyNumbering } from '../../src/core/rules/duty-numbering';
import { applyFix, blockWith, replaceText, run, seed, SEED_HOUSE_RULES, setBlock } from './rule-context';
import { snapshotFromLines } from '../core/seed-snapshots';

describe('duty-numbering: numbers in sequence (every document)', () => {
  it('stays silent on both seeds ("3.1" … and "3.1." … are each in sequence)', () => {
    for (const id of ['ametnik', 'tootaja'] as const) {
      expect(run(dutyNumbering, seed(id), id)).toEqual([]);
      expect(run(dutyNumbering, seed(id), id, { houseRules: SEED_HOUSE_RULES })).toEqual([]);
    }
  });

  it('fires once for one mistyped number, and the fix corrects that number alone', () => {
    const doc = replaceText(seed('ametnik'), '3.3 Kliendirahulolu', '3.4 Kliendirahulolu');
    const findings = run(dutyNumbering, doc, 'ametnik');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    const block = blockWith(doc, '3.4 Kliendirahulolu');
    expect(f).toMatchObject({ rule: 'duty-numbering', severity: 'warning', section: 'ulesanded', subject: '3.4', location: { block } });
    expect(f.message.et).toBe('Osa 3 „TEENISTUSKOHUSTUSED“: ülesande number „3.4“ ei ole järjekorras (eelmine on „3.2“). Nummerdage ülesanded järjest.');
    expect(f.fix?.edits).toEqual([{ kind: 'replace', block, find: '3.4', replace: '3.3' }]);
    const written = doc.blocks[block].text;
    expect(applyFix(dutyNumbering, doc, 'ametnik', f)).toMatchObject({ removed: [written], added: [written.replace(/^3\.4/, '3.3')] });
  });

  it('fires once for a repeated number followed by the right one, and the fix corrects that number alone', () => {
    const doc = replaceText(seed('ametnik'), '3.3 Kliendirahulolu', '3.2 Kliendirahulolu');
    const findings = run(dutyNumbering, doc, 'ametnik');
    expect(findings.map((f) => f.subject)).toEqual(['3.2']);
    const out = applyFix(dutyNumbering, doc, 'ametnik', findings[0]);
    expect(out.added).toEqual([expect.stringMatching(/^3\.3 Kliendirahulolu/)]);
    expect(out.snapshot.blocks.map((b) => b.text)).toEqual(seed('ametnik').blocks.map((b) => b.text));
  });

  it('fires once for a shift, and the fix renumbers every duty from there', () => {
    let doc = seed('ametnik');
    for (let i = 10; i >= 3; i--) doc = replaceText(doc, `3.${i} `, `3.${i + 1} `); // 3.3 is left out
    const findings = run(dutyNumbering, doc, 'ametnik');
    expect(findings.map((f) => f.subject)).toEqual(['3.4']);
    expect(findings[0].fix?.description.et).toBe('Nummerda ülesanded järjest alates „3.3“');
    const out = applyFix(dutyNumbering, doc, 'ametnik', findings[0]);
    expect(out.removed.map((t) => t.slice(0, 5))).toEqual(['3.4 K', '3.5 K', '3.6 N', '3.7 T', '3.8 A', '3.9 E', '3.10 ', '3.11 ']);
    expect(out.snapshot.blocks.map((b) => b.text)).toEqual(seed('ametnik').blocks.map((b) => b.text));
  });

  it('offers no fix that would leave a duty’s own sub-numbers behind ("3.3.1" under a "3.3" that would become "3.4")', () => {
    const lines = ['AMETIJUHEND', '3. TEENISTUSKOHUSTUSED', '3.1 Nõustab.', '3.2 Koostab.', '3.2 Analüüsib.', '3.3 Juhib:', '3.3.1 jaotab tööd.', '3.4 Esindab.'];
    const [f] = run(dutyNumbering, snapshotFromLines(lines), 'ametnik');
    expect(f.subject).toBe('3.2');
    expect(f.fix).toBeUndefined();
    const withoutSub = lines.filter((l) => !l.startsWith('3.3.1'));
    const [g] = run(dutyNumbering, snapshotFromLines(withoutSub), 'ametnik');
    expect(g.fix?.edits.map((e) => e.kind === 'replace' && e.replace)).toEqual(['3.3', '3.4', '3.5']);
  });

  it('takes a list that starts again at 1 as a new list', () => {
    let doc = seed('ametnik');
    for (let i = 6; i <= 10; i++) doc = replaceText(doc, `3.${i} `, `3.${i - 5} `);
    expect(run(dutyNumbering, doc, 'ametnik')).toEqual([]);
  });

  it('accepts duties numbered 1., 2., … without the section number, and checks their sequence', () => {
    let doc = seed('ametnik');
    for (let i = 1; i <= 10; i++) doc = replaceText(doc, `3.${i} `, `${i}. `);
    expect(run(dutyNumbering, doc, 'ametnik')).toEqual([]);
    const gap = replaceText(doc, '2. Teavituskampaaniate', '4. Teavituskampaaniate');
    const [f] = run(dutyNumbering, gap, 'ametnik');
    expect(f.fix?.description.et).toBe('Pane numbriks „2.“');
    expect(applyFix(dutyNumbering, gap, 'ametnik', f).added).toEqual([expect.stringMatching(/^2\. Teavituskampaaniate/)]);
  });

  it('has no fix for Word’s automatic numbers', () => {
    const base = seed('ametnik');
    const at = blockWith(base, '3.2 Teavituskampaaniate');
    const doc = setBlock(base, at, 'Teavituskampaaniate kavandamine ja läbiviimine.', { number: '3.5' });
    const findings = run(dutyNumbering, doc, 'ametnik');
    expect(findings.map((f) => [f.location.block, f.fix])).toEqual([[at, undefined]]);
  });
});

describe('duty-numbering: one style (house rule "numbering")', () => {
  it('fires for a number in the minority style and fixes it', () => {
    const doc = replaceText(seed('tootaja'), '3.2. Arendusprojektide', '3.2 Arendusprojektide');
    const findings = run(dutyNumbering, doc, 'tootaja', { houseRules: { numbering: true } });
    expect(findings.map((f) => f.message.et)).toEqual(['Osa 3 „TÖÖÜLESANDED“: ülesande number on „3.2“, peab olema „3.2.“. Parandage number.']);
    expect(findings[0].fix?.edits).toEqual([{ kind: 'replace', block: blockWith(doc, '3.2 Arendus'), find: '3.2', replace: '3.2.' }]);
    const out = applyFix(dutyNumbering, doc, 'tootaja', findings[0], { houseRules: { numbering: true } });
    expect(out.added).toEqual([expect.stringMatching(/^3\.2\. Arendusprojektide/)]);
    expect(out.snapshot.blocks.map((b) => b.text)).toEqual(seed('tootaja').blocks.map((b) => b.text));
  });

  it('in a tie, the style of the first duty wins', () => {
    const five = (dotted: number[]) => {
      let doc = seed('ametnik');
      for (const i of dotted) doc = replaceText(doc, `3.${i} `, `3.${i}. `);
      return doc;
    };
    const reported = (doc: ReturnType<typeof seed>) => run(dutyNumbering, doc, 'ametnik', { houseRules: { numbering: true } }).map((f) => f.subject);
    expect(reported(five([1, 2, 3, 4, 5]))).toEqual(['3.6', '3.7', '3.8', '3.9', '3.10']);
    expect(reported(five([6, 7, 8, 9, 10]))).toEqual(['3.6.', '3.7.', '3.8.', '3.9.', '3.10.']);
    expect(reported(five([1, 2, 3, 4, 5, 6]))).toEqual(['3.7', '3.8', '3.9', '3.10']);
  });
});
