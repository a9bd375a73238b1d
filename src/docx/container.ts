/**
 * A .docx, or a digitally signed container that holds one: ASiC-E (.asice, .sce) or BDOC (.bdoc),
 * a ZIP with a `mimetype` entry and META-INF/. The container is read with the same limits as a
 * .docx. Its signatures are not validated (DigiDoc4 does that): they are only counted.
 */
import { strFromU8 } from 'fflate';
import type { DocumentSnapshot } from '../core/snapshot';
import type { Bilingual } from '../core/text';
import { DocxError } from './errors';
import { DEFAULT_LIMITS, readDocx, type DocxLimits } from './read';
import { readZipDirectory, readZipEntry, type ZipEntry } from './zip';

/** What every output says about a container's signatures. */
export const SIGNATURES_NOT_VALIDATED: Bilingual = {
  et: 'Digiallkirju ei kontrollitud (nende kehtivust kontrollib DigiDoc4).',
  en: 'The digital signatures were not validated (DigiDoc4 does that).',
};

/** The types of ASiC-E, which BDOC 2.1 shares, and of the older BDOC 1.0. */
const CONTAINER_TYPES = ['application/vnd.etsi.asic-e+zip', 'application/vnd.bdoc-1.0'];
const MAX_MIMETYPE_BYTES = 256;

export interface ContainerInfo {
  /** The container's `mimetype`. */
  type: string;
  /** The name of the .docx inside. */
  document: string;
  /** Signature files in META-INF/ (counted, not validated). */
  signatures: number;
}

export interface ReadDocument {
  snapshot: DocumentSnapshot;
  /** Set when the bytes were a signed container. */
  container?: ContainerInfo;
}

/** Entry names are bytes; flag bit 11 says they are UTF-8 (zip.ts gives them byte for byte). */
function entryName(entry: ZipEntry): string {
  if (!(entry.flags & 0x800)) return entry.name;
  return strFromU8(Uint8Array.from(entry.name, (c) => c.charCodeAt(0)));
}

/** Reads a .docx, or the one .docx in a signed container. Throws a DocxError with a one-line reason. */
export function readDocument(bytes: Uint8Array, limits: Partial<DocxLimits> = {}): ReadDocument {
  const lim: DocxLimits = { ...DEFAULT_LIMITS, ...limits };
  if (bytes.length > lim.maxFileBytes) return { snapshot: readDocx(bytes, lim) }; // which says why
  const entries = readZipDirectory(bytes, lim);
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (!mimetype) return { snapshot: readDocx(bytes, lim) };
  const type = strFromU8(readZipEntry(bytes, mimetype, MAX_MIMETYPE_BYTES)).trim();
  if (!CONTAINER_TYPES.includes(type)) {
    throw new DocxError(
      `not a .docx nor a signed container (ASiC-E, BDOC) but "${type.slice(0, 80)}"`,
      `see ei ole .docx ega digiallkirjastatud ümbrik (ASiC-E, BDOC), vaid „${type.slice(0, 80)}“`,
    );
  }
  if (!entries.some((e) => e.name.startsWith('META-INF/'))) {
    throw new DocxError('damaged signed container: META-INF/ is missing', 'digiallkirjastatud ümbrik on rikutud: META-INF/ puudub');
  }
  const files = entries.filter((e) => e !== mimetype && !e.name.startsWith('META-INF/') && !e.name.endsWith('/'));
  const documents = files.filter((e) => /\.docx$/i.test(e.name));
  if (documents.length !== 1) {
    const names = files.map(entryName).slice(0, 5).join(', ') || '–';
    throw documents.length === 0
      ? new DocxError(`the signed container holds no .docx file (it holds: ${names})`, `digiallkirjastatud ümbrikus ei ole .docx-faili (selles on: ${names})`)
      : new DocxError(
          `the signed container holds ${documents.length} .docx files (${names}): give the one to compare on its own`,
          `digiallkirjastatud ümbrikus on ${documents.length} .docx-faili (${names}): andke võrreldav fail eraldi`,
        );
  }
  const inner = readZipEntry(bytes, documents[0], lim.maxFileBytes);
  const signatures = entries.filter((e) => /^META-INF\/[^/]*signature[^/]*\.xml$/i.test(e.name)).length;
  return { snapshot: readDocx(inner, lim), container: { type, document: entryName(documents[0]), signatures } };
}

/** The file types the readers accept, for a file chooser's `accept`. */
export const DOCUMENT_ACCEPT = '.docx,.asice,.sce,.bdoc,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.etsi.asic-e+zip';
