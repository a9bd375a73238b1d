/**
 * Draws the add-in's icons (assets/icon-<size>.png): a blue page with a folded corner and a white
 * check mark — "a checked document". Run: npx ts-node test/word/drawIcons.ts
 * Pure Node (zlib for the PNG deflate); shapes are supersampled for smooth edges.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

const BLUE = [0x0b, 0x5c, 0xad]; // the team colour
const FOLD = [0x7f, 0xb2, 0xe5];
const WHITE = [0xff, 0xff, 0xff];
export const ICON_SIZES = [16, 32, 64, 80];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels → PNG (8-bit RGBA, no interlace, filter 0 on every row). */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function distanceToSegment(px: number, py: number, [ax, ay]: number[], [bx, by]: number[]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The colour at a point of the unit square (0..1), or undefined for transparent. */
function shade(x: number, y: number): number[] | undefined {
  const left = 0.16, right = 0.84, top = 0.06, bottom = 0.94, fold = 0.22;
  const inPage = x >= left && x <= right && y >= top && y <= bottom && x - (right - fold) <= y - top;
  if (!inPage) return undefined;
  const tick = [[0.3, 0.55], [0.45, 0.7], [0.72, 0.36]];
  const stroke = 0.075;
  if (distanceToSegment(x, y, tick[0], tick[1]) < stroke || distanceToSegment(x, y, tick[1], tick[2]) < stroke) return WHITE;
  if (x >= right - fold && y <= top + fold) return FOLD;
  return BLUE;
}

export function drawIcon(size: number): Buffer {
  const samples = 4;
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = shade((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          if (!c) continue;
          covered++;
          c.forEach((v, i) => (sum[i] += v));
        }
      }
      const o = (y * size + x) * 4;
      if (covered > 0) sum.forEach((v, i) => (rgba[o + i] = Math.round(v / covered)));
      rgba[o + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return encodePng(size, rgba);
}

if (require.main === module) {
  const dir = path.resolve(__dirname, '../../assets');
  fs.mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) fs.writeFileSync(path.join(dir, `icon-${size}.png`), drawIcon(size));
  console.log(`wrote ${ICON_SIZES.map((s) => `icon-${s}.png`).join(', ')} to ${dir}`);
}
