/**
 * Saving edits into the original .docx: one replace, one inserted section and one added duty row
 * on a rich agency document; every part but word/document.xml stays byte for byte, and in it only
 * the touched paragraphs differ; LibreOffice opens the result with the expected text.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { applyEdits, withBasis } from '../../src/core/apply';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import type { Edit } from '../../src/core/content';
import { checkDocument } from '../../src/core/engine';
import { dutyRowEdit } from '../../src/core/plans';
import { editDocx, isSignedPackage } from '../../src/docx/edit';
import { readDocx } from '../../src/docx/read';
import { readZipDirectory, storedData } from '../../src/docx/zip';
import { DemoHost } from '../../src/demo/DemoHost';
import { makeDocx, p } from './helpers';
import { FOOTER_TEXT, richDocx, TYPO } from './rich';

const DOCUMENT = 'word/document.xml';
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((f) => fs.existsSync(f));

/** The three edits of the issue, made by the engine and the duty-row plan on the rich document. */
function richEdits(bytes: Uint8Array): { edits: Edit[]; snapshot: ReturnType<typeof readDocx> } {
  const snapshot = readDocx(bytes);
  const result = checkDocument(snapshot, { catalogue: defaultCatalogue() });
  const fix = (rule: string) => {
    const f = result.findings.find((x) => x.rule === rule && x.fix);
    if (!f) throw new Error(`no ${rule} fix`);
    return f.fix!.edits;
  };
  const row = dutyRowEdit(result.jd, snapshot);
  if (row?.kind !== 'add-row') throw new Error('no duty row');
  const duty: Edit = { ...row, cells: [[`${row.cells[0][0]} Uue teenuse tutvustamine.`], ['Teenust tutvustati.']] };
  return { edits: withBasis([...fix('known-typo'), ...fix('section-missing'), duty], snapshot), snapshot };
}

/** Every w:p element of a part, as written. */
const paragraphsOf = (xml: string): string[] => xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];

describe('Save edits the original package', () => {
  const original = richDocx();
  const { edits, snapshot } = richEdits(original);
  const saved = editDocx(original, [{ edits }]);
  const before = unzipSync(original);
  const after = unzipSync(saved);
  const oldXml = strFromU8(before[DOCUMENT]);
  const newXml = strFromU8(after[DOCUMENT]);

  test('the edits are the three of the issue', () => {
    expect(edits.map((e) => e.kind)).toEqual(['replace', 'insert', 'add-row']);
  });

  test('every part but word/document.xml is byte for byte the original, stored the same way', () => {
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) {
      if (name === DOCUMENT) continue;
      expect({ name, same: Buffer.compare(Buffer.from(after[name]), Buffer.from(before[name])) === 0 }).toEqual({ name, same: true });
    }
    const stored = (bytes: Uint8Array) => new Map(readZipDirectory(bytes, { maxEntries: 100, maxEntryBytes: 1e7, maxTotalBytes: 1e7 }).map((e) => [e.name, Buffer.from(storedData(bytes, e))]));
    const [was, now] = [stored(original), stored(saved)];
    for (const [name, data] of was) if (name !== DOCUMENT) expect(Buffer.compare(now.get(name)!, data)).toBe(0);
    expect(Buffer.compare(now.get(DOCUMENT)!, was.get(DOCUMENT)!)).not.toBe(0);
  });

  test('the author and the other document properties are the original ones', () => {
    expect(strFromU8(after['docProps/core.xml'])).toContain('<dc:creator>Mari Maasikas</dc:creator>');
    expect(strFromU8(after['docProps/core.xml'])).toBe(strFromU8(before['docProps/core.xml']));
  });

  test('in word/document.xml only the touched paragraphs differ: the fixed one, the new section and the new row', () => {
    const oldPs = paragraphsOf(oldXml);
    const newPs = paragraphsOf(newXml);
    const gone = oldPs.filter((x) => !newPs.includes(x));
    const added = newPs.filter((x) => !oldPs.includes(x));
    expect(gone).toHaveLength(1);
    expect(gone[0]).toContain(TYPO);
    // The new section: its heading and the catalogue's clause lines; the row: two cells.
    const inserted = applyEdits(snapshot, edits).blocks.length - snapshot.blocks.length;
    expect(added).toHaveLength(1 + inserted);
    // Untouched paragraphs keep their XML and their order.
    const kept = oldPs.filter((x) => x !== gone[0]);
    expect(newPs.filter((x) => kept.includes(x))).toEqual(kept);
    // Outside the paragraphs, only the section's content control and the row's cells are new.
    const withoutParagraphs = (xml: string) => xml.replace(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g, '');
    const stripped = withoutParagraphs(newXml)
      .replace(/<w:sdt><w:sdtPr><w:alias w:val="[^"]*"\/><w:tag w:val="jd:section:vastutus"\/><\/w:sdtPr><w:sdtContent><\/w:sdtContent><\/w:sdt>/, '')
      .replace(/<w:tr><w:tc><w:tcPr><w:tcW w:w="2500" w:type="dxa"\/><\/w:tcPr><\/w:tc><w:tc><w:tcPr><w:tcW w:w="6500" w:type="dxa"\/><\/w:tcPr><\/w:tc><\/w:tr>/, '');
    expect(stripped).toBe(withoutParagraphs(oldXml));
  });

  test('the fixed paragraph keeps its italics, underline and Arial; only the misspelt word changed', () => {
    const fixed = paragraphsOf(newXml).find((x) => x.includes('omavalitsuse'))!;
    const old = paragraphsOf(oldXml).find((x) => x.includes(TYPO))!;
    expect(fixed).toBe(old.replace(TYPO, 'omavalitsuse'));
    expect(fixed).toContain('<w:rPr><w:i/></w:rPr><w:t xml:space="preserve">ja riigi</w:t>');
    expect(fixed).toContain('<w:u w:val="single"/>');
    expect(fixed).toContain('w:ascii="Arial"');
  });

  test('the new section looks like its neighbours: Heading 1, the document\'s own bullet list; its control wraps the heading only', () => {
    const control = /<w:sdt><w:sdtPr><w:alias w:val="[^"]*"\/><w:tag w:val="jd:section:vastutus"\/><\/w:sdtPr><w:sdtContent>([\s\S]*?)<\/w:sdtContent><\/w:sdt>/.exec(newXml);
    expect(control).not.toBeNull();
    expect(paragraphsOf(control![1])).toHaveLength(1);
    expect(control![1]).toContain('<w:pStyle w:val="Heading1"/>');
    expect(control![1]).toContain('5. VASTUTUS');
    // The catalogue's clause: a lead line like the body's paragraphs, then its items in the document's bullet list.
    const [lead, ...items] = paragraphsOf(newXml.slice(control!.index + control![0].length)).slice(0, 3);
    expect(lead).toBe('<w:p><w:r><w:t xml:space="preserve">Ametnik vastutab:</w:t></w:r></w:p>');
    for (const item of items) expect(item).toContain('<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>');
  });

  test('the new duty row has the table\'s column widths 2500/6500 and the grid is unchanged', () => {
    const row = /<w:tr><w:tc>[\s\S]*?Uue teenuse tutvustamine[\s\S]*?<\/w:tr>/.exec(newXml)![0];
    expect(row).toMatch(/^<w:tr><w:tc><w:tcPr><w:tcW w:w="2500" w:type="dxa"\/><\/w:tcPr>[\s\S]*<w:tc><w:tcPr><w:tcW w:w="6500" w:type="dxa"\/><\/w:tcPr>/);
    expect(row).not.toContain('tblHeader');
    expect(newXml.match(/<w:gridCol w:w="2500"\/><w:gridCol w:w="6500"\/>/g)).toHaveLength(oldXml.match(/<w:gridCol w:w="2500"\/><w:gridCol w:w="6500"\/>/g)!.length);
  });

  test('it reads back as the core applies the edits; the comment and the tracked change are still there', () => {
    const back = readDocx(saved);
    const want = applyEdits(snapshot, edits);
    expect(back.blocks.map((b) => [b.kind, b.text, b.tags])).toEqual(want.blocks.map((b) => [b.kind, b.text, b.tags]));
    expect(back.comments).toBe(1);
    expect(back.trackedChanges).toBe(1);
    const checked = checkDocument(back, { catalogue: defaultCatalogue() });
    expect(checked.findings.map((f) => f.rule)).toEqual(['comments-open', 'tracked-changes']);
  });

  (soffice || process.env.CI === 'true' ? test : test.skip)('LibreOffice opens it with the expected text', () => {
    expect(soffice).toBeDefined();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edit-lo-'));
    try {
      fs.writeFileSync(path.join(dir, 'salvestatud.docx'), saved);
      execFileSync(soffice!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, path.join(dir, 'salvestatud.docx')], { stdio: 'ignore', timeout: 120_000 });
      const text = fs.readFileSync(path.join(dir, 'salvestatud.txt'), 'utf8');
      for (const line of ['AMETIJUHEND', '5. VASTUTUS', 'Ametnikul on õigus:', 'Uue teenuse tutvustamine.', 'Teenust tutvustati.', 'kohaliku omavalitsuse ja riigi asutustega', '6. TÖÖVAHENDID']) {
        expect(text).toContain(line);
      }
      expect(text).not.toContain(TYPO);
      expect(text.indexOf('5. VASTUTUS')).toBeGreaterThan(text.indexOf('4. ÕIGUSED'));
      expect(text.indexOf('5. VASTUTUS')).toBeLessThan(text.indexOf('6. TÖÖVAHENDID'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);

  test('the footer still says who approved it', () => {
    expect(strFromU8(after['word/footer1.xml'])).toContain(FOOTER_TEXT);
  });
});

describe('editDocx', () => {
  test('with no changes gives the same bytes', () => {
    const bytes = richDocx();
    expect(Buffer.compare(Buffer.from(editDocx(bytes, [])), Buffer.from(bytes))).toBe(0);
  });

  test('changes follow one another, and an edit made on an older state is refused', () => {
    const bytes = richDocx();
    const first = readDocx(bytes);
    const title = first.blocks.findIndex((b) => b.text === 'AMETIJUHEND');
    const typed = { block: title, text: 'NÕUNIKU AMETIJUHEND', was: 'AMETIJUHEND' };
    const stale = withBasis([{ kind: 'replace', block: title, find: 'AMETI', replace: 'TEENISTUS' }], first);
    expect(() => editDocx(bytes, [typed, { edits: stale }])).toThrow(/changed|muutunud/i);
    const now = applyEdits(first, []);
    now.blocks[title].text = typed.text;
    const next = withBasis([{ kind: 'replace', block: title, find: 'NÕUNIKU', replace: 'PEASPETSIALISTI' }], now);
    const out = readDocx(editDocx(bytes, [typed, { edits: next }]));
    expect(out.blocks[title].text).toBe('PEASPETSIALISTI AMETIJUHEND');
  });

  test('refuses, writing nothing, what it cannot write exactly', () => {
    const bytes = makeDocx(p('Üks') + p('Kaks'));
    const snapshot = readDocx(bytes);
    expect(() => editDocx(bytes, [{ edits: withBasis([{ kind: 'replace', block: 1, find: 'Kolm', replace: 'Neli' }], snapshot) }])).toThrow(/"Kolm" is not in paragraph 2/);
    expect(() => editDocx(bytes, [{ block: 0, text: 'Ü\u0001ks', was: 'Üks' }])).toThrow(/control characters/);
    expect(() => editDocx(bytes, [{ edits: [{ kind: 'replace', block: 0, find: 'Ü', replace: 'U' }] }])).toThrow(/withBasis/);
  });

  test('tells a signed package from an unsigned one', () => {
    expect(isSignedPackage(richDocx())).toBe(false);
    expect(isSignedPackage(makeDocx(p('Üks'), { '_xmlsignatures/sig1.xml': '<Signature/>' }))).toBe(true);
  });
});

describe('the demo saves what was done to the opened file', () => {
  test('a fix and typing are saved into the original; undo takes a change back out', async () => {
    const bytes = richDocx();
    const host = new DemoHost();
    host.load(readDocx(bytes), bytes);
    const snapshot = await host.read();
    const typo = checkDocument(snapshot).findings.find((f) => f.rule === 'known-typo')!;
    await host.apply(withBasis(typo.fix!.edits, snapshot));
    const empty = host.snapshot.blocks.findIndex((b) => b.kind === 'paragraph' && b.text === '');
    host.setText(empty, 'Uus lõik.');
    host.setText(0, 'NÕUNIKU AMETIJUHEND');
    expect(host.undo()).toBe(true);
    const saved = editDocx(host.opened!.bytes, host.opened!.changes);
    expect(readDocx(saved).blocks.map((b) => b.text)).toEqual(host.snapshot.blocks.map((b) => b.text));
    expect(host.opened!.changes).toHaveLength(2);
    expect(Buffer.compare(Buffer.from(unzipSync(saved)['word/header1.xml']), Buffer.from(unzipSync(bytes)['word/header1.xml']))).toBe(0);
    // A document made in the demo has no file to edit.
    host.load(readDocx(bytes));
    expect(host.opened).toBeUndefined();
    expect(host.undo()).toBe(true);
    expect(host.opened?.changes).toHaveLength(2);
  });
});
