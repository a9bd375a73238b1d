/**
 * Edits a .docx file in place of rebuilding it: the package is the original one, with only the
 * main part (word/document.xml) changed, and in it only what the edits touch. Every other part
 * (headers, footers, images, styles, numbering, fonts, settings, custom XML, document
 * properties) is copied byte for byte. Used by the demo's Save and by jd-check --fix.
 */
import { strToU8 } from 'fflate';
import { applyEdits, cloneSnapshot } from '../core/apply';
import type { Block, DocumentSnapshot } from '../core/snapshot';
import { DocxError } from './errors';
import { patchDocument, type DocxChange } from './patch';
import { DEFAULT_LIMITS, readDocx, readDocxLayout } from './read';
import { readZipDirectory } from './zip';
import { replaceZipParts } from './repack';

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

/** Applies one change and reads the result back: it must read as the core says the change reads, or nothing is written. */
function editOnce(bytes: Uint8Array, change: DocxChange): Uint8Array {
  const layout = readDocxLayout(bytes);
  if (layout.documentXml.includes('\uFFFD')) {
    throw new DocxError('the document part is not valid UTF-8 text', 'dokumendi osa ei ole korrektne UTF-8 tekst');
  }
  const xml = patchDocument(layout.documentXml, layout.snapshot, layout.paragraphs, change);
  const entries = readZipDirectory(bytes, DEFAULT_LIMITS);
  const next = replaceZipParts(bytes, entries, new Map([[layout.documentName, strToU8(xml)]]));
  const want = expected(layout.snapshot, change).blocks;
  const got = readDocx(next).blocks;
  const differs = want.findIndex((b, i) => !got[i] || shape(b) !== shape(got[i]));
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
