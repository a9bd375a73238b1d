import { deflateSync } from 'fflate';
import { storedData, type ZipEntry } from './zip';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as zip files use it. */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Bit 3 of the flags: sizes in a data descriptor after the data. Ours are in the header instead. */
const DATA_DESCRIPTOR = 0x8;

interface Written {
  entry: ZipEntry;
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
  offset: number;
}

/**
 * The zip `bytes` (whose directory is `entries`) with the parts in `replace` given new contents.
 * Every other part is copied as it is stored, compressed bytes, CRC and time alike, in the same
 * order; so a part nobody changed is byte for byte the one the file had.
 */
export function replaceZipParts(bytes: Uint8Array, entries: ZipEntry[], replace: Map<string, Uint8Array>): Uint8Array {
  const written: Written[] = [];
  let offset = 0;
  for (const entry of entries) {
    const content = replace.get(entry.name);
    const w: Written = content
      ? { entry, method: 8, crc: crc32(content), size: content.length, data: deflateSync(content, { level: 6 }), offset }
      : { entry, method: entry.method, crc: entry.crc, size: entry.size, data: storedData(bytes, entry), offset };
    written.push(w);
    offset += 30 + entry.name.length + w.data.length;
  }
  const directorySize = written.reduce((n, w) => n + 46 + w.entry.name.length, 0);
  const out = new Uint8Array(offset + directorySize + 22);
  const view = new DataView(out.buffer);
  let p = 0;
  const u16 = (v: number) => {
    view.setUint16(p, v, true);
    p += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(p, v >>> 0, true);
    p += 4;
  };
  const name = (s: string) => {
    for (let i = 0; i < s.length; i++) out[p++] = s.charCodeAt(i); // the directory's own bytes (read as latin1)
  };
  /** The fields a local header and a directory entry share, from "version needed" to the extra field's length. */
  const shared = (w: Written) => {
    u16(20);
    u16(w.entry.flags & ~DATA_DESCRIPTOR);
    u16(w.method);
    u16(w.entry.time);
    u16(w.entry.date);
    u32(w.crc);
    u32(w.data.length);
    u32(w.size);
    u16(w.entry.name.length);
    u16(0); // extra
  };
  for (const w of written) {
    u32(0x04034b50);
    shared(w);
    name(w.entry.name);
    out.set(w.data, p);
    p += w.data.length;
  }
  for (const w of written) {
    u32(0x02014b50);
    u16(20); // version made by
    shared(w);
    u16(0); // comment
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(w.offset);
    name(w.entry.name);
  }
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(written.length);
  u16(written.length);
  u32(directorySize);
  u32(offset);
  u16(0);
  return out;
}
