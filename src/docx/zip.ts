import { Inflate } from 'fflate';
import { DocxError } from './errors';

/**
 * A minimal reader of the zip central directory, so that sizes are checked before anything is
 * inflated, and inflating stops as soon as the real output passes the limit (sizes can lie).
 */

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** CRC-32 of the unpacked data, and the MS-DOS time and date: kept when the entry is copied (./repack.ts). */
  crc: number;
  time: number;
  date: number;
}

export interface ZipLimits {
  /** What the zip is, for the messages (default a Word .docx). */
  kind?: ZipKind;
  maxEntries: number;
  /** Largest uncompressed size of one part that is read. */
  maxEntryBytes: number;
  /** Largest total uncompressed size of the parts that are read. */
  maxTotalBytes: number;
}

/** An Office file type: its extension, its old binary format's, and its application (also in Estonian, "in Word"). */
export interface ZipKind {
  ext: string;
  old: string;
  app: string;
  inApp: string;
}

export const DOCX: ZipKind = { ext: '.docx', old: '.doc', app: 'Word', inApp: 'Wordis' };
export const XLSX: ZipKind = { ext: '.xlsx', old: '.xls', app: 'Excel', inApp: 'Excelis' };

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const CHUNK = 16 * 1024;

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

function damaged(kind: ZipKind, why: string, miks: string): DocxError {
  return new DocxError(`damaged ${kind.ext} file: ${why}`, `${kind.ext}-fail on rikutud: ${miks}`);
}

/** Lists the entries of a zip file, checking every offset against the file's length. */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const kind = limits.kind ?? DOCX;
  if (bytes.length === 0) throw new DocxError('empty file', 'fail on tühi');
  if (OLE_SIGNATURE.every((v, i) => bytes[i] === v)) {
    throw new DocxError(
      `password-protected or old ${kind.old} format (not a ${kind.ext}): save it as an unprotected ${kind.ext} in ${kind.app}`,
      `parooliga kaitstud või vana ${kind.old}-vorming (mitte ${kind.ext}): salvestage see ${kind.inApp} kaitseta ${kind.ext}-failina`,
    );
  }
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new DocxError(`not a ${kind.ext} file (not a zip archive)`, `see ei ole ${kind.ext}-fail (ei ole zip-arhiiv)`);
  }
  // The end-of-central-directory record sits in the last 22 + 65535 bytes.
  let eocd = -1;
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged(kind, 'the zip directory is missing (file truncated?)', 'zip-kataloog puudub (fail on poolik?)');
  const count = u16(bytes, eocd + 10);
  const dirOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new DocxError('file too large (ZIP64 archives are not supported)', 'fail on liiga suur (ZIP64-arhiive ei toetata)');
  if (count > limits.maxEntries) throw new DocxError(`too many parts in the file (${count}, at most ${limits.maxEntries})`, `failis on liiga palju osi (${count}, lubatud kuni ${limits.maxEntries})`);
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw damaged(kind, 'bad zip directory entry', 'vigane zip-kataloogi kirje');
    const nameLength = u16(bytes, p + 28);
    const next = p + 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
    if (next > bytes.length) throw damaged(kind, 'bad zip directory entry', 'vigane zip-kataloogi kirje');
    entries.push({
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
      crc: u32(bytes, p + 16),
      time: u16(bytes, p + 12),
      date: u16(bytes, p + 14),
      name: latin1(bytes.subarray(p + 46, p + 46 + nameLength)),
    });
    p = next;
  }
  return entries;
}

/** Inflates one entry, never producing more than `limit` bytes. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, limit: number, kind: ZipKind = DOCX): Uint8Array {
  if (entry.flags & 1) throw new DocxError(
      `password-protected (encrypted) ${kind.ext}: remove the password in ${kind.app} and save again`,
      `parooliga kaitstud (krüpteeritud) ${kind.ext}: eemaldage ${kind.inApp} parool ja salvestage uuesti`,
    );
  if (entry.size > limit) throw new DocxError(`${entry.name} is too large (${entry.size} bytes, at most ${limit})`, `osa ${entry.name} on liiga suur (${entry.size} baiti, lubatud kuni ${limit})`);
  const data = storedData(bytes, entry, kind);
  // A stored entry is as long as its data, whatever its header declares.
  if (entry.method === 0) {
    if (data.length > limit) throw new DocxError(`${entry.name} is too large (${data.length} bytes, at most ${limit})`, `osa ${entry.name} on liiga suur (${data.length} baiti, lubatud kuni ${limit})`);
    return data.slice();
  }
  if (entry.method !== 8) throw new DocxError(`unsupported compression in ${entry.name} (method ${entry.method})`, `osa ${entry.name} tihendusviisi ei toetata (meetod ${entry.method})`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new DocxError(`${entry.name} is too large when unpacked (more than ${limit} bytes)`, `osa ${entry.name} on lahtipakituna liiga suur (üle ${limit} baidi)`);
    chunks.push(chunk);
  });
  try {
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
    for (let i = 0; i < data.length; i += CHUNK) {
      inflater.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
    }
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw damaged(kind, `${entry.name} cannot be unpacked (${(e as Error).message})`, `osa ${entry.name} ei õnnestu lahti pakkida (${(e as Error).message})`);
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** An entry's data as stored (compressed), checked against the file's length. */
export function storedData(bytes: Uint8Array, entry: ZipEntry, kind: ZipKind = DOCX): Uint8Array {
  const h = entry.localOffset;
  if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50) throw damaged(kind, `bad local header of ${entry.name}`, `osa ${entry.name} päis on vigane`);
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(kind, `${entry.name} is cut short (file truncated?)`, `osa ${entry.name} on poolik (fail on poolik?)`);
  return bytes.subarray(start, end);
}

/** A zip's entries by name, and a reader that inflates no more than `maxTotalBytes` in all. */
export interface ZipArchive {
  entries: Map<string, ZipEntry>;
  read(name: string, max?: number): Uint8Array | undefined;
}

export function openZip(bytes: Uint8Array, limits: ZipLimits): ZipArchive {
  const entries = new Map(readZipDirectory(bytes, limits).map((e) => [e.name, e]));
  let budget = limits.maxTotalBytes;
  return {
    entries,
    read(name, max = limits.maxEntryBytes) {
      const entry = entries.get(name);
      if (!entry) return undefined;
      const data = readZipEntry(bytes, entry, Math.min(max, budget), limits.kind);
      budget -= data.length;
      return data;
    },
  };
}
