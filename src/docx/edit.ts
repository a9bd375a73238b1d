/**
 * Edits a .docx file in place of rebuilding it: the package is the original one, with only the
 * main part (word/document.xml) changed, and in it only what the edits touch; a dismissed warning
 * changes docProps/custom.xml instead (./custom.ts). Every other part (headers, footers,
 * images, styles, numbering, fonts, settings, custom XML, the other document properties) is
 * copied byte for byte. Used by the demo's Save and by jd-check --fix.
 */
import { strFromU8, strToU8 } from 'fflate';
import { applyEdits, cloneSnapshot } from '../core/apply';
import type { Block, DocumentSnapshot } from '../core/snapshot';
import { DocxError } from './errors';
import { patchDocument, type DocxChange } from './patch';
import { DEFAULT_LIMITS, readDocx, readDocxLayout } from './read';
import { readZipDirectory, readZipEntry, type ZipEntry } from './zip';
import { replaceZipParts } from './repack';
import { CUSTOM_PART } from './properties';
import { customXml, withCustomContentType, withCustomRelationship } from './custom';

export type { DocxChange } from './patch';

/** What the snapshot will be after `change`: the one implementation of edits (src/core/apply.ts), or the text typed. */
function expected(snapshot: DocumentSnapshot, change: DocxChange): DocumentSnapshot {
  if ('edits' in change) return applyEdits(snapshot, change.edits, change.selection);
  const next = cloneSnapshot(snapshot);
  next.blocks[change.block].text = change.text;
  return next;
}

/** A block as far as an edit decides it: kind, text, table place, content controls. */
const shape = (b: Block) => JSON.stringify([b.kind, b.text, b.table ?? null, b.tags]);

/** The dismissals as compared after a write: by id, with the reason. */
const dismissalsOf = (s: DocumentSnapshot) => JSON.stringify((s.dismissals ?? []).map((d) => [d.id, d.reason]).sort());

/**
 * The parts a change's dismiss edits rewrite: docProps/custom.xml, and when the file had none,
 * [Content_Types].xml and _rels/.rels that name it. Nothing when the change dismisses nothing.
 */
function propertyParts(bytes: Uint8Array, entries: ZipEntry[], change: DocxChange, after: DocumentSnapshot): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  if (!('edits' in change) || !change.edits.some((e) => e.kind === 'dismiss')) return parts;
  const text = (name: string) => {
    const entry = entries.find((e) => e.name === name);
    return entry ? strFromU8(readZipEntry(bytes, entry, DEFAULT_LIMITS.maxEntryBytes)) : undefined;
  };
  const existing = text(CUSTOM_PART);
  parts.set(CUSTOM_PART, strToU8(customXml(existing, after.dismissals ?? [])));
  if (existing === undefined) {
    const types = text('[Content_Types].xml');
    const rels = text('_rels/.rels');
    if (types === undefined || rels === undefined) throw new DocxError('the package has no content types or relationships', 'paketis ei ole sisutüüpe või seoseid');
    parts.set('[Content_Types].xml', strToU8(withCustomContentType(types)));
    parts.set('_rels/.rels', strToU8(withCustomRelationship(rels)));
  }
  return parts;
}

/** Applies one change and reads the result back: it must read as the core says the change reads, or nothing is written. */
function editOnce(bytes: Uint8Array, change: DocxChange): Uint8Array {
  const layout = readDocxLayout(bytes);
  if (layout.documentXml.includes('\uFFFD')) {
    throw new DocxError('the document part is not valid UTF-8 text', 'dokumendi osa ei ole korrektne UTF-8 tekst');
  }
  const xml = patchDocument(layout.documentXml, layout.snapshot, layout.paragraphs, change);
  const entries = readZipDirectory(bytes, DEFAULT_LIMITS);
  const after = expected(layout.snapshot, change);
  const parts = propertyParts(bytes, entries, change, after);
  if (xml !== layout.documentXml || parts.size === 0) parts.set(layout.documentName, strToU8(xml));
  const next = replaceZipParts(bytes, entries, parts);
  const want = after.blocks;
  const read = readDocx(next);
  const got = read.blocks;
  const differs = want.findIndex((b, i) => !got[i] || shape(b) !== shape(got[i]));
  if (dismissalsOf(read) !== dismissalsOf(after)) {
    throw new DocxError('the dismissed warnings could not be written into this file; nothing was changed', 'kõrvale jäetud hoiatusi ei õnnestunud faili kirjutada; midagi ei muudetud');
  }
  if (differs >= 0 || got.length !== want.length) {
    const at = differs >= 0 ? differs : Math.min(want.length, got.length);
    throw new DocxError(
      `the change could not be written exactly into this file (paragraph ${at + 1} would read differently); nothing was changed`,
      `muudatust ei õnnestunud sellesse faili täpselt kirjutada (lõik ${at + 1} loeks teisiti); midagi ei muudetud`,
    );
  }
  return next;
}

/**
 * The original file with `changes` applied one after the other, each made on the document as the
 * previous ones left it (an edit's basis is checked against that). No changes: the same bytes.
 * Throws a DocxError, and returns nothing, when a change cannot be written exactly.
 */
export function editDocx(original: Uint8Array, changes: DocxChange[]): Uint8Array {
  return changes.reduce((bytes, change) => editOnce(bytes, change), original.slice());
}

/**
 * True for a package that carries a digital signature (Word's "Sign document": its parts under
 * _xmlsignatures/): changing any part would break it, so such a file is never edited.
 */
export function isSignedPackage(bytes: Uint8Array): boolean {
  return readZipDirectory(bytes, DEFAULT_LIMITS).some((e) => /^_xmlsignatures\//i.test(e.name));
}
