/**
 * The corpus saved through the package editor: with no edits, with one fix (or, where none is
 * offered, a new duty row or a typed change), and with a whole section inserted. Each reads back
 * as the core applies the edits, every other part stays byte for byte, and LibreOffice opens the
 * fixed ones.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { unzipSync } from 'fflate';
import { applyEdits, withBasis } from '../../src/core/apply';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import type { Edit } from '../../src/core/content';
import { checkDocument, fixRemoved } from '../../src/core/engine';
import { dutyRowEdit, sectionPlan } from '../../src/core/plans';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { editDocx, type DocxChange } from '../../src/docx/edit';
import { readDocx } from '../../src/docx/read';
import { CORPUS_DIR, corpusIds } from './lib/corpus';
import { prng } from '../docx/helpers';

const ids = corpusIds();
const catalogue = defaultCatalogue();
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((f) => fs.existsSync(f));
const bytesOf = (id: string) => new Uint8Array(fs.readFileSync(path.join(CORPUS_DIR, `${id}.docx`)));
const shape = (s: DocumentSnapshot) => s.blocks.map((b) => [b.kind, b.text, b.table ?? null, b.tags]);

/** The other parts than word/document.xml that differ between two packages. */
function otherPartsChanged(a: Uint8Array, b: Uint8Array): string[] {
  const [x, y] = [unzipSync(a), unzipSync(b)];
  const names = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...names].filter((n) => n !== 'word/document.xml' && (!x[n] || !y[n] || Buffer.compare(Buffer.from(x[n]), Buffer.from(y[n])) !== 0));
}

/** One change for a document: its first offered fix, else a duty row, else text typed at the end of a paragraph. */
function oneChange(snapshot: DocumentSnapshot): { change: DocxChange; text: string; rule?: string } {
  const result = checkDocument(snapshot, { catalogue });
  const fixed = result.findings.find((f) => f.fix);
  if (fixed) {
    const edits = withBasis(fixed.fix!.edits, snapshot);
    const first = edits[0];
    const text = first.kind === 'replace' ? first.replace : first.kind === 'insert' ? (first.plan.blocks.find((b) => 'text' in b && b.text) as { text: string }).text : '';
    return { change: { edits }, text, rule: fixed.rule };
  }
  const row = dutyRowEdit(result.jd, snapshot);
  if (row?.kind === 'add-row') return { change: { edits: withBasis([{ ...row, cells: [[`${row.cells[0][0]} Lisatud ülesanne.`], ['Tulemus.']] }], snapshot) }, text: 'Lisatud ülesanne.' };
  const b = snapshot.blocks.find((x) => x.kind === 'paragraph' && x.text.trim().length > 20)!;
  return { change: { block: b.index, text: `${b.text} Lisatud lause.`, was: b.text }, text: 'Lisatud lause.' };
}

const fixedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-save-'));
afterAll(() => fs.rmSync(fixedDir, { recursive: true, force: true }));
const expectedText = new Map<string, string>();

describe.each(ids)('%s', (id) => {
  const bytes = bytesOf(id);
  const snapshot = readDocx(bytes);

  test('saved with no edits: the same bytes, the same reading', () => {
    const saved = editDocx(bytes, []);
    expect(Buffer.compare(Buffer.from(saved), Buffer.from(bytes))).toBe(0);
    expect(shape(readDocx(saved))).toEqual(shape(snapshot));
  });

  test('saved with one change: reads back as the core applies it, nothing else changed; a fix holds in the file', () => {
    const { change, text, rule } = oneChange(snapshot);
    const saved = editDocx(bytes, [change]);
    const back = readDocx(saved);
    const want = 'edits' in change ? applyEdits(snapshot, change.edits) : { ...snapshot, blocks: snapshot.blocks.map((b) => (b.index === change.block ? { ...b, text: change.text } : b)) };
    expect(shape(back)).toEqual(shape(want));
    expect(otherPartsChanged(bytes, saved)).toEqual([]);
    if (rule) {
      const before = checkDocument(snapshot, { catalogue });
      const finding = before.findings.find((f) => f.rule === rule && f.fix)!;
      expect({ rule, holds: fixRemoved(finding, before.findings, checkDocument(back, { catalogue }).findings) }).toEqual({ rule, holds: true });
    }
    fs.writeFileSync(path.join(fixedDir, `${id}.docx`), saved);
    if (text) expectedText.set(id, text);
  });

  test('ten edits typed one after another anywhere in the text read back as typed, runs split mid-word and all', () => {
    const random = prng(ids.indexOf(id) + 1);
    const pick = (n: number) => Math.floor(random() * n);
    let blocks = snapshot.blocks.map((b) => b.text);
    const changes: DocxChange[] = [];
    for (let k = 0; k < 10; k++) {
      const block = pick(blocks.length);
      const was = blocks[block];
      const at = pick(was.length + 1);
      const cut = Math.min(was.length - at, pick(6));
      const text = was.slice(0, at) + ['', 'ä', ' uus sõna ', '\t'][pick(4)] + was.slice(at + cut);
      changes.push({ block, text, was });
      blocks = blocks.map((t, i) => (i === block ? text : t));
    }
    const saved = editDocx(bytes, changes);
    expect(readDocx(saved).blocks.map((b) => b.text)).toEqual(blocks);
    expect(otherPartsChanged(bytes, saved)).toEqual([]);
  });

  test('a whole section and a duty row inserted read back as the core applies them', () => {
    const result = checkDocument(snapshot, { catalogue });
    const row = dutyRowEdit(result.jd, snapshot);
    const edits: Edit[] = [
      { kind: 'insert', at: { after: Math.min(5, snapshot.blocks.length - 1) }, plan: sectionPlan(result.profile, 'ulesanded', catalogue) },
      { kind: 'insert', at: { end: true }, plan: sectionPlan(result.profile, 'oigused', catalogue) },
      ...(row ? [row] : []),
    ];
    const saved = editDocx(bytes, [{ edits: withBasis(edits, snapshot) }]);
    expect(shape(readDocx(saved))).toEqual(shape(applyEdits(snapshot, edits)));
    expect(otherPartsChanged(bytes, saved)).toEqual([]);
  });
});

describe('LibreOffice opens the corpus saved with one change', () => {
  (soffice || process.env.CI === 'true' ? test : test.skip)('with the changed text', () => {
    expect(soffice).toBeDefined();
    const files = ids.map((id) => path.join(fixedDir, `${id}.docx`)).filter((f) => fs.existsSync(f));
    expect(files).toHaveLength(ids.length);
    execFileSync(soffice!, [`-env:UserInstallation=file://${fixedDir}/profile`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', fixedDir, ...files], { stdio: 'ignore', timeout: 300_000 });
    for (const id of ids) {
      const txt = fs.readFileSync(path.join(fixedDir, `${id}.txt`), 'utf8');
      expect({ id, found: txt.replace(/\s+/g, ' ').includes((expectedText.get(id) ?? '').replace(/\s+/g, ' ')) }).toEqual({ id, found: true });
    }
  }, 320_000);
});
