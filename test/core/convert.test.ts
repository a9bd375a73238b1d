import { applyEdits } from '../../src/core/apply';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { conversionTo } from '../../src/core/convert';
import { checkDocument } from '../../src/core/engine';
import { defaultProfiles } from '../../src/core/profiles';
import { demoDocument } from '../../src/demo/demoDocument';
import { tootajaSeedSnapshot, ametnikSeedSnapshot } from './seed-snapshots';

const profiles = defaultProfiles();
const profile = (id: string) => profiles.find((p) => p.id === id)!;
const catalogue = defaultCatalogue();

describe('conversionTo', () => {
  it('turns the civil servant\'s demo document into an employee\'s: headings, leads, clauses and the annex line, nothing else', () => {
    const doc = demoDocument();
    const conversion = conversionTo(doc, profile('tootaja'), profiles);
    expect(conversion.changes[0]).toMatchObject({ before: '', after: 'Töölepingu juurde kuuluv lisa' });
    const changed = new Map(conversion.changes.slice(1).map((c) => [c.before, c.after]));
    expect(changed.get('2. AMETIKOHA EESMÄRK')).toBe('2. TÖÖKOHA EESMÄRK');
    expect(changed.get('3. TEENISTUSKOHUSTUSED')).toBe('3. TÖÖÜLESANDED');
    expect(changed.get('Ametnikul on õigus:')).toBe('Töötajal on õigus:');
    expect(changed.get('Ametnik vastutab:')).toBe('Töötaja vastutab:');
    expect(changed.get('7. AMETIKOHALE ESITATAVAD NÕUDED')).toBe('7. TÖÖKOHALE ESITATAVAD NÕUDED');
    expect(conversion.changes[0].words).toEqual([['', 'Töölepingu juurde kuuluv lisa']]);

    const after = applyEdits(doc, conversion.edits);
    // Every paragraph the list names reads as it says, and no other one changed.
    const rest = after.blocks.slice(1);
    expect(rest.map((b) => b.text)).toEqual(doc.blocks.map((b) => changed.get(b.text) ?? b.text));
    expect(after.blocks[0].text).toBe('Töölepingu juurde kuuluv lisa');
    // The check now reads an employee's job description, with none of the other variant's words.
    const result = checkDocument(after, { catalogue, houseRules: { vocabulary: true } });
    expect(result.profile.id).toBe('tootaja');
    expect(result.variantKnown).toBe(true);
    expect(result.findings.filter((f) => f.rule === 'terminology-mismatch')).toEqual([]);
  });

  it('turns the employee\'s seed into a civil servant\'s: the annex line taken out (listed), the words changed', () => {
    const doc = tootajaSeedSnapshot();
    const conversion = conversionTo(doc, profile('ametnik'), profiles);
    const annex = conversion.changes.find((c) => c.words[0][1] === '' && c.words[0][0] !== '');
    expect(annex?.before).toMatch(/Töölepingu juurde kuuluv lisa/i);
    const after = applyEdits(doc, conversion.edits);
    expect(after.blocks.length).toBe(doc.blocks.length); // only replaces: nothing inserted, nothing removed
    expect(after.blocks.some((b) => /töölepingu juurde kuuluv lisa/i.test(b.text))).toBe(false);
    const result = checkDocument(after, { catalogue, houseRules: { vocabulary: true } });
    expect(result.findings.filter((f) => f.rule === 'terminology-mismatch')).toEqual([]);
    expect(result.profile.id).toBe('ametnik');
  });

  it('has nothing to change in a document already of the variant, and keeps each replace to one place in its paragraph', () => {
    expect(conversionTo(ametnikSeedSnapshot(), profile('ametnik'), profiles)).toMatchObject({ changes: [], edits: [] });
    const doc = demoDocument();
    doc.blocks[2].text = 'Ametikoha ametikoha ametikohal, teenistuskoha ja ametikoht.';
    const conversion = conversionTo(doc, profile('tootaja'), profiles);
    const after = applyEdits(doc, conversion.edits);
    expect(after.blocks[3].text).toBe('Töökoha töökoha töökohal, töökoha ja töökoht.');
    for (const e of conversion.edits) if (e.kind === 'replace') expect(doc.blocks[e.block].text.split(e.find).length).toBe(2);
  });
});
