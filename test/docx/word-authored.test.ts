/**
 * Documents as Word writes them (./word-writes.ts: rsids, runs split mid-word, w:proofErr,
 * bookmarks, w:sdt content controls at block, row, cell and run level, fields, hyperlinks, tracked
 * changes and comments), read by the .docx reader and the job description reader: they must read
 * as the same document, with the same findings, as the snapshot they were written from. (The
 * corpus, test/corpus/, is read again after LibreOffice Writer saves it: another writer's files.)
 */
import { strFromU8, unzipSync } from 'fflate';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { checkDocument } from '../../src/core/engine';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { demoDocument } from '../../src/demo/demoDocument';
import { readDocx } from '../../src/docx/read';
import { ametnikSeedSnapshot, tootajaSeedSnapshot } from '../core/seed-snapshots';
import { shapes } from '../hosts/hosts';
import { wordDocx } from './word-writes';

const catalogue = defaultCatalogue();
const findings = (doc: DocumentSnapshot) =>
  checkDocument(doc, { catalogue, houseRules: { catalogueCompetencies: true, competencyOnce: true } }).findings.map((f) => [f.rule, f.location.block, f.message.et]);

/** The snapshot with `tag` on the blocks for which `where` holds (a control the reader must see). */
function tagged(doc: DocumentSnapshot, tag: string, where: (i: number) => boolean): DocumentSnapshot {
  return { ...doc, blocks: doc.blocks.map((b, i) => (where(i) ? { ...b, tags: [...b.tags, tag] } : b)) };
}

describe('a .docx as Word writes it reads as the document it holds', () => {
  test('the add-in’s content controls around sections, tables, the title, the signatures and each competency', () => {
    const doc = demoDocument();
    expect(new Set(doc.blocks.flatMap((b) => b.tags)).size).toBeGreaterThan(15);
    const read = readDocx(wordDocx(doc));
    expect(shapes(read)).toEqual(shapes(doc));
    expect(findings(read)).toEqual(findings(doc));
    expect(findings(read).length).toBeGreaterThan(2);
  });

  test('controls around a table row, a cell and a few words; a field, a hyperlink', () => {
    const doc = tootajaSeedSnapshot();
    const file = wordDocx(doc, {
      rowControl: { cell: '3.2. Arendusprojektide koordineerimine ja nendes osalemine.', tag: 'Ülesanne 3.2' },
      cellControl: { cell: 'Teenuse arendusnõustaja', tag: 'Ametinimetus' },
      inlineControl: { text: 'Piirkonna juht', tag: 'Vahetu juht' },
      field: 'Teenuse arendusnõustaja',
      hyperlink: 'MS Office',
    });
    const row = doc.blocks.find((b) => b.text.startsWith('3.2. Arendusprojektide'))!.table!;
    let expected = tagged(doc, 'Ülesanne 3.2', (i) => doc.blocks[i].table?.table === row.table && doc.blocks[i].table?.row === row.row);
    expected = tagged(expected, 'Ametinimetus', (i) => doc.blocks[i].text === 'Teenuse arendusnõustaja');
    const read = readDocx(file);
    expect(shapes(read)).toEqual(shapes(expected));
    expect(read.blocks.filter((b) => b.tags.length > 0).map((b) => b.text.slice(0, 20))).toEqual([
      'Teenuse arendusnõust', '3.2. Arendusprojekti', '▪ Arendusvajadused o', '▪ Kõik arendusprojek', '▪ Vajalikud arendusp',
    ]);
    expect(findings(read)).toEqual(findings(doc));
    // The shapes are really in the file, as Word writes them.
    const xml = strFromU8(unzipSync(file)['word/document.xml']);
    for (const mark of ['<w:sdtContent><w:tr ', '<w:sdtContent><w:tc>', '<w:proofErr w:type="spellStart"/>', 'w:name="_GoBack"', 'w:name="_Hlk', '<w:lastRenderedPageBreak/>', '<w:instrText', '<w:hyperlink ', 'w14:paraId=']) {
      expect({ mark, found: xml.includes(mark) }).toEqual({ mark, found: true });
    }
    expect(xml).toMatch(/<w:p [^>]*>(?:(?!<\/w:p>).)*<w:sdt>/); // a control inside a paragraph, around words
  });

  test('tracked changes and comments as Word keeps them: inserted words read, deleted ones not, resolved comments not counted', () => {
    const doc = ametnikSeedSnapshot();
    const file = wordDocx(doc, {
      inserted: 'Kõrgharidus',
      deleted: { after: 'Kõrgharidus', text: ' või keskharidus' },
      comments: { on: ['Perehüvitiste valdkonna juht', 'Kliendikesksus:'], resolved: 1 },
    });
    const read = readDocx(file);
    expect(shapes(read)).toEqual(shapes(doc));
    expect(read).toMatchObject({ trackedChanges: 2, comments: 1 });
    expect(findings(read)).toEqual(findings({ ...doc, trackedChanges: 2, comments: 1 }));
    expect(findings(read).map(([rule]) => rule)).toEqual(expect.arrayContaining(['tracked-changes', 'comments-open']));
  });
});
