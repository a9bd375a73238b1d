import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as fs from 'fs';
import * as path from 'path';
import { checkBytes } from '../../src/cli/check-file';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { profilesFor } from '../../src/core/profiles';
import { DocxError } from '../../src/docx/read';
import { buildAmetnikSeedDocx } from '../fixtures/build';
import { fuzz, ONLY, runs, type Rand } from './fuzz';

// Issue 10, item 11: mutated .docx files through what jd-check does with each (read, then check).
// Each variant is read and checked, or refused with a one-line reason in both languages; nothing
// else may happen (no other error, no crash, no hang).

/** The XML may grow to this by repetition: a .docx of a few MB unpacks to about this much. */
const MAX_XML = 4 * 1024 * 1024;

const between = (r: Rand, xml: string) => {
  const a = r.int(xml.length);
  return [a, Math.min(xml.length, a + 1 + r.int(2000))] as const;
};

/** A paragraph of the part, start and end, or undefined. */
function paragraph(r: Rand, xml: string): [number, number] | undefined {
  const starts = [...xml.matchAll(/<w:p[ >]/g)].map((m) => m.index!);
  if (starts.length === 0) return undefined;
  const start = r.pick(starts);
  const end = xml.indexOf('</w:p>', start);
  return end < 0 ? undefined : [start, end + 6];
}

const HOSTILE_VALUES = ['%1'.repeat(5000), '-1', '99999999999', '1e308', 'NaN', '', 'x'.repeat(100000), '%9%8%7%6%5%4%3%2%1', '8', '0'];

type Mutation = (xml: string, r: Rand) => string;

/**
 * Ways to damage or inflate an XML part, some blind and some that keep it well-formed, with their
 * weights: growing a part to megabytes is rarer, as it costs a hundred times more to check.
 */
const MUTATIONS: [number, Mutation][] = [
  [10, (xml, r) => xml.slice(0, r.int(xml.length))],
  [10, (xml, r) => {
    const at = r.int(xml.length);
    return xml.slice(0, at) + r.pick(['<', '>', '&', '"', "'", '/', '\u0000', '\u0085', '\uFFFE', ']]>', '&#0;', '&lt;', '<w:p>', '</w:p>']) + xml.slice(at);
  }],
  [10, (xml, r) => {
    const [a, b] = between(r, xml);
    return xml.slice(0, a) + xml.slice(b);
  }],
  [2, (xml, r) => {
    // A stretch repeated: blind, so mostly malformed, and large.
    const [a, b] = between(r, xml);
    const times = Math.min(1 + r.int(5000), Math.floor(MAX_XML / Math.max(1, b - a)));
    return xml.slice(0, b) + xml.slice(a, b).repeat(times) + xml.slice(b);
  }],
  [1, (xml, r) => {
    // A whole paragraph repeated: well-formed, so it reaches the paragraph and text limits.
    const p = paragraph(r, xml);
    if (!p) return xml;
    const times = Math.min(1 + r.int(150000), Math.floor(MAX_XML / (p[1] - p[0])));
    return xml.slice(0, p[1]) + xml.slice(p[0], p[1]).repeat(times) + xml.slice(p[1]);
  }],
  [10, (xml, r) => {
    // An attribute value replaced by one a hostile file would use.
    const values = [...xml.matchAll(/ w:(?:val|ilvl|numId|abstractNumId|start|styleId)="([^"]*)"/g)];
    if (values.length === 0) return xml;
    const m = r.pick(values);
    const at = m.index! + m[0].indexOf('"') + 1;
    return xml.slice(0, at) + r.pick(HOSTILE_VALUES) + xml.slice(at + m[1].length);
  }],
  [4, (xml, r) => {
    // A paragraph wrapped in deep, well-formed nesting.
    const p = paragraph(r, xml);
    if (!p) return xml;
    const depth = 1 + r.int(400);
    return xml.slice(0, p[0]) + '<w:sdt><w:sdtContent>'.repeat(depth) + xml.slice(p[0], p[1]) + '</w:sdtContent></w:sdt>'.repeat(depth) + xml.slice(p[1]);
  }],
  [1, (xml) => `<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>${xml.replace(/^<\?xml[^>]*>/, '')}`],
];
const TOTAL_WEIGHT = MUTATIONS.reduce((sum, [w]) => sum + w, 0);

function mutation(r: Rand): Mutation {
  let at = r.int(TOTAL_WEIGHT);
  for (const [weight, fn] of MUTATIONS) if ((at -= weight) < 0) return fn;
  return MUTATIONS[0][1];
}

const PARTS = ['word/document.xml', 'word/document.xml', 'word/document.xml', 'word/numbering.xml', 'word/styles.xml'];

/** Damage to the zip itself: cut short, bytes changed, a run of bytes overwritten. */
function damageZip(bytes: Uint8Array, r: Rand): Uint8Array {
  const out = bytes.slice();
  const pick = r.int(3);
  if (pick === 0) return out.slice(0, r.int(out.length));
  if (pick === 1) for (let k = 0, n = 1 + r.int(8); k < n; k++) out[r.int(out.length)] = r.int(256);
  else {
    const at = r.int(out.length);
    out.fill(r.int(256), at, at + 1 + r.int(64));
  }
  return out;
}

/**
 * The review's find, at random sizes: every list level is numbered and its format repeats %1 up to
 * 200,000 times, and up to 3000 list items use it (the old reader built 400 kB per number).
 */
function numberBomb(r: Rand): Uint8Array {
  const numbering = strFromU8(parts['word/numbering.xml'])
    .replace(/(<w:lvlText w:val=")[^"]*"/g, `$1${'%1'.repeat(1 + r.int(200_000))}"`)
    .replace(/(<w:numFmt w:val=")[^"]*"/g, '$1decimal"');
  const numId = r.pick([...numbering.matchAll(/<w:num w:numId="(\d+)"/g)].map((m) => m[1]));
  const item = `<w:p><w:pPr><w:numPr><w:ilvl w:val="${r.int(9)}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>Ülesanne</w:t></w:r></w:p>`;
  const document = strFromU8(parts['word/document.xml']).replace('</w:body>', `${item.repeat(1 + r.int(3000))}</w:body>`);
  return zipSync({ ...parts, 'word/numbering.xml': strToU8(numbering), 'word/document.xml': strToU8(document) }, { level: 1 });
}

let seed: Uint8Array;
let parts: Record<string, Uint8Array>;
beforeAll(async () => {
  seed = await buildAmetnikSeedDocx();
  parts = unzipSync(seed);
});

test('mutated .docx files: each is checked, or refused in one line in both languages', async () => {
  const catalogue = defaultCatalogue();
  const options = { lang: 'et' as const, profiles: profilesFor(catalogue), catalogue };
  const summary = await fuzz('docx', runs(600, 10_000), (r, n) => {
    let bytes: Uint8Array;
    if (n % 3 === 0) bytes = damageZip(seed, r);
    else if (n % 30 === 1) bytes = numberBomb(r);
    else {
      const name = r.pick(PARTS);
      let xml = strFromU8(parts[name]);
      for (let k = 0, ops = 1 + r.int(3); k < ops; k++) xml = mutation(r)(xml, r);
      bytes = zipSync({ ...parts, [name]: strToU8(xml) }, { level: 1 });
    }
    if (ONLY !== undefined) {
      // A replayed variant is also written out, to give to jd-check itself.
      const file = path.join(__dirname, '..', '..', 'test-output', `fuzz-docx-${n}.docx`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
      console.log(`variant ${n} written to ${file}`);
    }
    try {
      checkBytes(bytes, options);
      return 'checked';
    } catch (e) {
      if (!(e instanceof DocxError)) throw e;
      expect(e.message).toMatch(/^[^\n]+$/);
      expect(e.bilingual.et).toMatch(/^[^\n]+$/);
      return 'refused';
    }
  });
  // Both outcomes occur, so the mutations reach the reader and the rules, not only the zip layer.
  if (ONLY !== undefined) return;
  expect(summary.outcomes.checked).toBeGreaterThan(summary.count / 10);
  expect(summary.outcomes.refused).toBeGreaterThan(summary.count / 10);
}, 600_000);
