import { applyEdits } from '../../src/core/apply';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { checkDocument } from '../../src/core/engine';
import { clausePlan } from '../../src/core/plans';
import { paragraphKey, textDuplicate } from '../../src/core/rules/text-duplicate';
import { demoDocument } from '../../src/demo/demoDocument';
import { blockWith, insertLines, run, seed, setBlock } from './rule-context';

const clause = (id: string) => defaultCatalogue().clauses.find((c) => c.id === id)!;

describe('text-duplicate', () => {
  it('stays silent on both seeds and on the demo document', () => {
    expect(run(textDuplicate, seed('ametnik'), 'ametnik')).toEqual([]);
    expect(run(textDuplicate, seed('tootaja'), 'tootaja')).toEqual([]);
    expect(run(textDuplicate, demoDocument(), 'ametnik')).toEqual([]);
  });

  it('fires once for a standard clause inserted into a section that already has it (issue 12: a second "Ametnik vastutab:" list)', () => {
    const doc = demoDocument();
    const cursor = blockWith(doc, 'oma kvalifikatsiooni hoidmise');
    const after = applyEdits(doc, [{ kind: 'insert', at: { cursor: true }, plan: clausePlan(clause('vastutus-ametnik'), 'et') }], cursor);
    const findings = run(textDuplicate, after, 'ametnik');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: 'text-duplicate', severity: 'warning', section: 'vastutus' });
    expect(f.fix).toBeUndefined();
    expect(f.location.block).toBe(cursor + 2); // the first repeated item of the inserted list
    expect(f.message.et).toBe(
      'Osa 5 „VASTUTUS“: 4 lõiku alates „tööülesannete tulemusliku täitmise eest vastavalt…“ korduvad selles osas (loetelu on kaks korda). Kustutage korduv osa.',
    );
    expect(f.message.en).toContain('Part 5 "VASTUTUS": 4 paragraphs from');
    // The whole check says it too, once.
    expect(checkDocument(after, { catalogue: defaultCatalogue() }).findings.filter((x) => x.rule === 'text-duplicate')).toHaveLength(1);
  });

  it('fires for one paragraph pasted twice, whatever its bullet or case', () => {
    const base = seed('ametnik');
    const line = base.blocks[blockWith(base, 'Ametnik vastutab:') + 1].text;
    const doc = insertLines(base, blockWith(base, '6. TÖÖVAHENDID'), ['', `• ${line.toUpperCase()}`]);
    const [f, ...rest] = run(textDuplicate, doc, 'ametnik');
    expect(rest).toEqual([]);
    expect(f.message.et).toMatch(/^Osa 5 „VASTUTUS“: lõik „.+“ on selles osas kaks korda\. Kustutage üks neist\.$/);
    expect(f.subject).toBe(`vastutus:${paragraphKey(line)}`);
  });

  it('stays silent for the same text in two sections, short repeated lines, typed numbers and table cells', () => {
    const base = seed('ametnik');
    const line = 'Osaleb valdkonna töörühmades ja teeb ettepanekuid nende töö parandamiseks.';
    // The same sentence in section 4 and in section 5.
    let doc = insertLines(base, blockWith(base, '5. VASTUTUS'), [line]);
    doc = insertLines(doc, blockWith(doc, '6. TÖÖVAHENDID'), [line]);
    // Short lines and typed numbering, twice in one section.
    doc = insertLines(doc, blockWith(doc, '6. TÖÖVAHENDID'), ['Tulemus:', '3.1', 'Tulemus:', '3.1', 'a) vt eespool']);
    expect(run(textDuplicate, doc, 'ametnik')).toEqual([]);
    // The same result in two rows of a duties table is not a repeat.
    const results = doc.blocks.filter((b) => b.kind === 'cell' && b.table?.col === 1 && b.table.row > 0).map((b) => b.index);
    expect(results.length).toBeGreaterThan(1);
    for (const at of results.slice(0, 2)) doc = setBlock(doc, at, 'Ülesanded on täidetud tähtaegselt ja heal tasemel.');
    expect(run(textDuplicate, doc, 'ametnik')).toEqual([]);
  });

  it('leaves a repeated section and a repeated competency to their own rules (one defect, one finding)', () => {
    // A second copy of section 5, heading and all: section-duplicate reports it.
    const base = seed('ametnik');
    const from = blockWith(base, '5. VASTUTUS');
    const to = blockWith(base, '6. TÖÖVAHENDID');
    const copy = base.blocks.slice(from, to).map((b) => b.text);
    expect(copy.length).toBeGreaterThan(2);
    expect(run(textDuplicate, insertLines(base, to, copy), 'ametnik')).toEqual([]);
    // A competency and its bullets listed twice: competency-duplicate reports it when the house rule is on.
    const tootaja = seed('tootaja');
    const start = blockWith(tootaja, 'Koostöövõime');
    let end = start + 1;
    while (tootaja.blocks[end].text.trim() && !/^Efektiivsus/.test(tootaja.blocks[end].text)) end++;
    const twice = insertLines(tootaja, end, tootaja.blocks.slice(start, end).map((b) => b.text));
    expect(run(textDuplicate, twice, 'tootaja', { houseRules: { competencyOnce: true } })).toEqual([]);
    // Without that house rule nobody else says it, so text-duplicate does.
    expect(run(textDuplicate, twice, 'tootaja')).toHaveLength(1);
  });

  it('counts what a paragraph says: words, not bullets, numbers or spacing', () => {
    expect(paragraphKey('Tulemus:')).toBe('');
    expect(paragraphKey('3.1.')).toBe('');
    expect(paragraphKey('3.1 Vahetu juhi ühekordsete ülesannete korrektne täitmine')).toBe(paragraphKey('  – vahetu juhi  ühekordsete ülesannete korrektne täitmine;'));
  });
});
