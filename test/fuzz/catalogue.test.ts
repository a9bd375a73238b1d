import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { decodeCsv, exportCsv, importCsv } from '../../src/core/catalogue/csv';
import { defaultCatalogue, loadCatalogue } from '../../src/core/catalogue/load';
import { loadSharedCatalogue, type FetchLike, type KeyValueStorage } from '../../src/core/catalogue/sync';
import type { Catalogue } from '../../src/core/catalogue/types';
import { exportXlsx, importXlsx } from '../../src/cli/catalogue-xlsx';
import { DataError, parseJson } from '../../src/core/schema';
import { fuzz, ONLY, runs, type Rand } from './fuzz';

// Issue 10, item 11: the catalogue loader (as the pane and jd-check use it), the CSV importer and
// the .xlsx importer on mutated input. Each accepts, or refuses with a DataError; the pane's loader
// never fails at all and always ends with a catalogue.

const base = defaultCatalogue();
const URL_ = 'https://kataloog.example.ee/k.json';

/** Values a hostile catalogue puts where another type belongs. */
function oddValue(r: Rand): unknown {
  return r.pick<() => unknown>([
    () => null,
    () => -1e308,
    () => 'x'.repeat(r.int(100_000)),
    () => '<script>alert(1)</script>\u0000\u001b[2J',
    () => [],
    () => ({}),
    () => Array.from({ length: r.int(2000) }, () => 'kw'),
    () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
    () => DEEP, // replaced in the text by nesting too deep to build as a value here
  ])();
}

const DEEP = '\u0001deep\u0001';
const deepen = (text: string) => text.split(JSON.stringify(DEEP)).join('['.repeat(100_000) + ']'.repeat(100_000));

/** Changes one place of a JSON value: a key removed, a value of the wrong type, an item repeated. */
function mutateJson(value: unknown, r: Rand, depth = 0): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0 || r.int(4) === 0) return r.int(2) ? [...value, oddValue(r)] : value.concat(value);
    const i = r.int(value.length);
    return value.map((v, k) => (k === i ? mutateJson(v, r, depth + 1) : v));
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    if (keys.length === 0 || r.int(5) === 0) copy[r.pick(['extra', 'id', '__proto__', 'constructor', 'status'])] = oddValue(r);
    else if (r.int(6) === 0) delete copy[r.pick(keys)];
    else {
      const key = r.pick(keys);
      copy[key] = mutateJson(copy[key], r, depth + 1);
    }
    return copy;
  }
  return r.int(3) === 0 || depth > 8 ? oddValue(r) : typeof value === 'string' ? value + r.pick(['', ' ', 'ä', '"', '\n']) : value;
}

/** Text-level damage: cut, a character, a stretch removed or repeated. */
function mutateText(text: string, r: Rand, alphabet: string[]): string {
  const at = r.int(text.length + 1);
  switch (r.int(4)) {
    case 0:
      return text.slice(0, at);
    case 1:
      return text.slice(0, at) + r.pick(alphabet) + text.slice(at);
    case 2:
      return text.slice(0, at) + text.slice(at + 1 + r.int(200));
    default:
      return text.slice(0, at) + text.slice(at, at + 1 + r.int(200)).repeat(1 + r.int(50)) + text.slice(at);
  }
}

function memoryStorage(): KeyValueStorage {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const accepted = (run: () => Catalogue): string => {
  try {
    run();
    return 'accepted';
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return 'refused';
  }
};

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

test('catalogue loader: a mutated catalogue is loaded or refused; the pane always ends with a catalogue', async () => {
  const good = JSON.stringify({ ...base, version: '2026.9' });
  const summary = await fuzz('catalogue', runs(300, 5000), async (r) => {
    let json: unknown = JSON.parse(JSON.stringify(base));
    for (let k = 0, n = 1 + r.int(3); k < n; k++) json = mutateJson(json, r);
    let text = deepen(JSON.stringify(json));
    if (r.int(4) === 0) text = mutateText(text, r, ['{', '}', '[', ']', '"', ',', ':', '\\', '\u0000', 'ä']);
    const outcome = accepted(() => loadCatalogue(parseJson(text, 'k.json'), 'k.json'));
    // The pane: a good copy saved earlier, then this answer from the server.
    const storage = memoryStorage();
    await loadSharedCatalogue({ url: URL_, storage, fetch: async () => ({ status: 200, ok: true, headers: { get: () => null }, text: async () => good }) });
    const fetch: FetchLike = async () => ({ status: 200, ok: true, headers: { get: () => null }, text: async () => text });
    const pane = await loadSharedCatalogue({ url: URL_, storage, fetch });
    expect(pane.source).toBe(outcome === 'accepted' ? 'network' : 'cache');
    expect(pane.catalogue.competencies.length).toBeGreaterThan(0);
    return outcome;
  });
  if (ONLY === undefined) expect(summary.outcomes.refused).toBeGreaterThan(0);
}, 600_000);

const CSV_ALPHABET = ['"', ',', ';', '\t', '\r', '\n', "'", '=', '+', '-', '@', '\uFEFF', '\u0000', 'õ', '\u0085', '""'];

test('CSV importer: mutated CSV (text and bytes) is imported or refused with a DataError', async () => {
  const csv = exportCsv(base);
  const summary = await fuzz('csv', runs(300, 5000), (r) => {
    let text = csv;
    for (let k = 0, n = 1 + r.int(4); k < n; k++) text = mutateText(text, r, CSV_ALPHABET);
    let bytes = new TextEncoder().encode(text);
    if (r.int(5) === 0) {
      bytes = bytes.slice();
      for (let k = 0, n = 1 + r.int(6); k < n; k++) bytes[r.int(bytes.length)] = 0x80 + r.int(128); // not UTF-8 any more
    }
    return accepted(() => importCsv(decodeCsv(bytes, 'k.csv').text, 'k.csv', { base }));
  });
  if (ONLY === undefined) expect(summary.outcomes.refused).toBeGreaterThan(0);
}, 600_000);

/** A text of the characters that trouble spreadsheets and CSV. */
function trickyText(r: Rand, allowBreaks: boolean): string {
  const alphabet = ['=', '+', '-', '@', '\t', "'", '"', ',', ';', ' ', 'a', 'Õ', '_x0041_', ...(allowBreaks ? ['\n'] : [])];
  return Array.from({ length: 1 + r.int(12) }, () => r.pick(alphabet)).join('').replace(/^\s+|\s+$/g, '') || 'a';
}

test('CSV and .xlsx round trip: any text in names and descriptions comes back exactly', async () => {
  await fuzz('round trip', runs(200, 3000), (r) => {
    const c = JSON.parse(JSON.stringify(base)) as Catalogue;
    const entry = c.competencies[r.int(c.competencies.length)];
    entry.name.et = trickyText(r, false);
    entry.name.en = trickyText(r, false);
    entry.description.et = trickyText(r, true);
    entry.description.en = trickyText(r, true);
    let valid: Catalogue;
    try {
      valid = loadCatalogue(c, 'c.json'); // the names may now clash with another entry's
    } catch {
      return 'clash';
    }
    expect(importCsv(exportCsv(valid), 'k.csv', { base: valid }).competencies).toEqual(valid.competencies);
    expect(importXlsx(exportXlsx(valid), 'k.xlsx', { base: valid }).competencies).toEqual(valid.competencies);
    return 'same';
  });
}, 600_000);

test('.xlsx importer: a mutated workbook is imported or refused with a DataError', async () => {
  const xlsx = exportXlsx(base);
  const files = unzipSync(xlsx);
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
  const summary = await fuzz('xlsx', runs(300, 3000), (r) => {
    let bytes: Uint8Array;
    if (r.int(3) === 0) {
      // The zip cut short, or bytes changed here and there.
      bytes = r.int(2) ? xlsx.slice(0, r.int(xlsx.length)) : xlsx.map((b) => (r.int(2000) === 0 ? r.int(256) : b));
    } else {
      let xml = sheet;
      for (let k = 0, n = 1 + r.int(3); k < n; k++) xml = mutateText(xml, r, ['<', '>', '&', '"', '<c r="XFD1048576" t="s"><v>99</v></c>', '<row>', '</row>', ' t="s"', '<!DOCTYPE x>']);
      bytes = zipSync({ ...files, 'xl/worksheets/sheet1.xml': strToU8(xml) }, { level: 1 });
    }
    return accepted(() => importXlsx(bytes, 'k.xlsx', { base }));
  });
  if (ONLY === undefined) expect(summary.outcomes.refused).toBeGreaterThan(0);
}, 600_000);
