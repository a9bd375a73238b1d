/**
 * jd-check --fix on a folder, as an agency runs it after publishing a new catalogue version:
 * outdated competencies, a typo and a terminology fix, an unreadable file, a file whose fix would
 * not hold its re-check, signed files, a file with nothing to fix.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { loadCatalogue } from '../../src/core/catalogue/load';
import { checkDocument, type CheckOptions } from '../../src/core/engine';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { main } from '../../src/cli/jd-check';
import { runFix } from '../../src/cli/fix';
import { readDocx } from '../../src/docx/read';
import { writeDocx } from '../../src/docx/write';
import { ametnikSeedSnapshot } from '../core/seed-snapshots';

const ROOT = path.join(__dirname, '..', '..');
const OLD_BULLET = 'Näitab üles austust avalikkuse ja kolleegide suhtes.';
const NEW_BULLET = 'Näitab üles austust klientide, avalikkuse ja kolleegide suhtes.';
const OLD_EFFECTIVE = 'Edastab infot selgelt ja otsekoheselt.';
const NEW_EFFECTIVE = 'Edastab infot selgelt, lühidalt ja otsekoheselt.';
/** The two reworded indicators as catalogue 2026.2 has them. */
const CURRENT: [string, string][] = [[OLD_BULLET, NEW_BULLET], [OLD_EFFECTIVE, NEW_EFFECTIVE]];

let dir: string;
let folder: string;
let server: http.Server;
let catalogueUrl: string;
const at = (...p: string[]) => path.join(folder, ...p);

/** The civil-servant seed with some of its texts changed. */
async function seedWith(changes: [string, string][], extra?: (s: DocumentSnapshot) => void): Promise<Uint8Array> {
  const s = ametnikSeedSnapshot();
  for (const [from, to] of changes) {
    const b = s.blocks.find((x) => x.text.includes(from));
    if (!b) throw new Error(`no "${from}"`);
    b.text = b.text.replace(from, to);
  }
  extra?.(s);
  s.blocks.forEach((b, i) => (b.index = i));
  return writeDocx(s);
}

/** Catalogue 2026.2: two indicators reworded, and the organisation's profile switching the catalogue rules on. */
function newCatalogue(): string {
  const c = JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'catalogue', 'default.json'), 'utf8'));
  c.version = '2026.2';
  for (const entry of c.competencies) {
    entry.indicators.et = entry.indicators.et.map((t: string) => (t === OLD_BULLET ? NEW_BULLET : t === OLD_EFFECTIVE ? NEW_EFFECTIVE : t));
  }
  c.organisation = { id: 'asutus', version: '1.0.0', name: { et: 'Asutus', en: 'Agency' }, houseRules: { catalogueCompetencies: true } };
  return JSON.stringify(c);
}

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), color: false });
  return { code, stdout, stderr };
}

const bytes = (f: string) => new Uint8Array(fs.readFileSync(f));
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
const rulesIn = (f: string, options: CheckOptions = {}) => checkDocument(readDocx(bytes(f)), options).findings.map((x) => x.rule);

/** Writes the folder afresh: each test starts from the same files. */
async function makeFolder(): Promise<void> {
  folder = fs.mkdtempSync(path.join(dir, 'kaust-'));
  fs.mkdirSync(at('osakond'));
  // Written with catalogue 2026.1: both reworded competencies are outdated.
  fs.writeFileSync(at('kompetentsid.docx'), await seedWith([]));
  // Current competencies, but a typo and the employee variant's words.
  fs.writeFileSync(at('osakond', 'kirjavead.docx'), await seedWith([...CURRENT, ['Ametnikul on õigus:', 'Töötajal on õigus:'], ['ameti struktuuriüksustelt', 'kohaliku omavalistuse ja ameti struktuuriüksustelt']]));
  fs.writeFileSync(at('katki.docx'), (await seedWith([])).slice(0, 3000));
  // Kliendikesksus with a bullet more than the catalogue has: its fix would insert the new text beside the old, which stays outdated.
  fs.writeFileSync(at('ei-pea.docx'), await seedWith([CURRENT[1]], (s) => {
    const i = s.blocks.findIndex((b) => b.text.includes(OLD_BULLET));
    s.blocks.splice(i + 1, 0, { ...s.blocks[i], text: s.blocks[i].text.replace(OLD_BULLET, 'Kuulab klienti.'), tags: [...s.blocks[i].tags] });
  }));
  fs.writeFileSync(at('korras.docx'), await seedWith(CURRENT));
  const signed = unzipSync(await seedWith([['Ametnikul on õigus:', 'Töötajal on õigus:']]));
  signed['_xmlsignatures/sig1.xml'] = strToU8('<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"/>');
  fs.writeFileSync(at('allkirjastatud.docx'), zipSync(signed));
  fs.writeFileSync(at('leping.asice'), zipSync({ mimetype: strToU8('application/vnd.etsi.asic-e+zip') }));
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-fix-'));
  const catalogue = newCatalogue();
  fs.writeFileSync(path.join(dir, 'kataloog.json'), catalogue);
  server = http.createServer((req, res) => {
    if (req.url === '/kataloog.json') res.writeHead(200, { 'content-type': 'application/json' }).end(catalogue);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  catalogueUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/kataloog.json`;
}, 60_000);

beforeEach(() => makeFolder(), 60_000);

afterAll(() => {
  server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('jd-check --fix on a folder', () => {
  test('every offered fix is written to name.fixed.docx; the rest is reported and left alone', async () => {
    const originals = new Map(['kompetentsid.docx', 'osakond/kirjavead.docx', 'ei-pea.docx', 'korras.docx', 'allkirjastatud.docx', 'katki.docx'].map((f) => [f, bytes(at(f))]));
    const r = await run('--fix', '--lang', 'en', '--catalogue', catalogueUrl, folder, at('leping.asice'));
    expect(r.stderr).toBe('');
    // An unreadable file makes it 2; everything else that could be fixed was.
    expect(r.code).toBe(2);
    const lines = r.stdout.split('\n');
    expect(lines).toContain(`${at('kompetentsid.docx')} → ${at('kompetentsid.fixed.docx')}`);
    expect(lines.filter((l) => l.startsWith('  fixed (competency-outdated)'))).toEqual([
      '  fixed (competency-outdated): Replace with the catalogue text — Kliendikesksus',
      '  fixed (competency-outdated): Replace with the catalogue text — Efektiivsus',
    ]);
    expect(lines).toContain(`${at('osakond', 'kirjavead.docx')} → ${at('osakond', 'kirjavead.fixed.docx')}`);
    expect(lines).toContain('  fixed (terminology-mismatch): Replace "Töötajal on õigus" with "Ametnikul on õigus"');
    expect(lines).toContain('  fixed (known-typo): Correct "omavalistuse" to "omavalitsuse"');
    expect(lines.find((l) => l.startsWith(`${at('katki.docx')}: cannot read: damaged .docx file`))).toMatch(/; skipped$/);
    expect(lines).toContain(`${at('ei-pea.docx')}: nothing fixed`);
    expect(lines).toContain('  left (competency-outdated): its fix did not hold the re-check — Kliendikesksus');
    expect(lines).toContain(`${at('korras.docx')}: nothing to fix`);
    expect(lines).toContain(`${at('allkirjastatud.docx')}: digitally signed file: never modified; skipped`);
    expect(lines).toContain(`${at('leping.asice')}: digitally signed file: never modified; skipped`);
    expect(lines).toContain('Total: 7 files, 2 fixed (4 fixes), 0 failed, 3 skipped.');

    // Nothing but the two .fixed.docx files was written; the originals are as they were.
    const written = (fs.readdirSync(folder, { recursive: true }) as string[]).filter((f) => f.includes('.fixed.'));
    expect(written.sort()).toEqual(['kompetentsid.fixed.docx', path.join('osakond', 'kirjavead.fixed.docx')]);
    for (const [f, b] of originals) expect({ f, same: same(bytes(at(f)), b) }).toEqual({ f, same: true });

    // The fixed files: the findings are gone, the new texts are in, and every other part is the original's.
    const options = { catalogue: loadCatalogue(JSON.parse(fs.readFileSync(path.join(dir, 'kataloog.json'), 'utf8')), 'kataloog.json') };
    expect(rulesIn(at('kompetentsid.fixed.docx'), options)).not.toContain('competency-outdated');
    const texts = readDocx(bytes(at('kompetentsid.fixed.docx'))).blocks.map((b) => b.text);
    expect(texts.some((t) => t.includes(NEW_BULLET))).toBe(true);
    expect(texts.some((t) => t.includes(NEW_EFFECTIVE))).toBe(true);
    expect(rulesIn(at('osakond', 'kirjavead.fixed.docx'))).toEqual([]);
    const [was, now] = [unzipSync(originals.get('kompetentsid.docx')!), unzipSync(bytes(at('kompetentsid.fixed.docx')))];
    for (const name of Object.keys(was)) if (name !== 'word/document.xml') expect({ name, same: same(now[name], was[name]) }).toEqual({ name, same: true });
  }, 60_000);

  test('the main use: --rule competency-outdated with the new catalogue into --out, the folder\'s layout kept', async () => {
    fs.rmSync(at('katki.docx'));
    const out = path.join(dir, 'uuendatud');
    const r = await run('--fix', '--rule', 'competency-outdated', '--catalogue', catalogueUrl, '--out', out, folder);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${at('kompetentsid.docx')} → ${path.join(out, 'kompetentsid.docx')}`);
    expect(r.stdout).toContain('  parandatud (competency-outdated): Asenda kataloogi tekstiga — Kliendikesksus');
    // The typo and the other variant's words are not this run's rules: that file is not written.
    expect(r.stdout).toContain(`${at('osakond', 'kirjavead.docx')}: midagi parandada ei olnud`);
    expect(fs.readdirSync(out, { recursive: true })).toEqual(['kompetentsid.docx']);
    fs.rmSync(out, { recursive: true });
    // --out the file's own folder would replace it without a .bak.
    const before = bytes(at('kompetentsid.docx'));
    const own = await run('--fix', '--lang', 'en', '--catalogue', catalogueUrl, '--out', folder, at('kompetentsid.docx'));
    expect(own.code).toBe(2);
    expect(own.stdout).toContain(`${at('kompetentsid.docx')}: cannot save the file: the output folder is the file's own folder; use --in-place`);
    expect(same(bytes(at('kompetentsid.docx')), before)).toBe(true);
  }, 60_000);

  test('--in-place keeps name.docx.bak first; a second run finds nothing to fix and leaves .fixed.docx files alone', async () => {
    const file = at('osakond', 'kirjavead.docx');
    const before = bytes(file);
    const r = await run('--fix', '--in-place', file);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`${file} → ${file} (${file}.bak)`);
    expect(same(bytes(`${file}.bak`), before)).toBe(true);
    expect(rulesIn(file)).toEqual([]);
    fs.copyFileSync(file, at('osakond', 'vana.fixed.docx'));
    const again = await run('--fix', path.join(folder, 'osakond'));
    expect(again.stdout).toBe(`${file}: midagi parandada ei olnud\nKokku: 1 faili, 0 parandatud (0 parandust), 0 ebaõnnestus, 0 jäeti vahele.\n`);
  }, 60_000);

  test('a chosen house rule that is off is named, with where to switch it on', async () => {
    const r = await run('--fix', '--lang', 'en', '--rule', 'competency-outdated', at('kompetentsid.docx'));
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe("note: competency-outdated is a house rule (catalogueCompetencies) and it is off; switch it on in the organisation's profile (--organisation FILE or the catalogue's organisation.houseRules)");
    expect(r.stdout).toContain(`${at('kompetentsid.docx')}: nothing to fix`);
    expect(fs.existsSync(at('kompetentsid.fixed.docx'))).toBe(false);
  });

  test('a fix whose finding is still there in the file it wrote: that file is not written, exit 1', async () => {
    const file = at('osakond', 'kirjavead.docx');
    const base = (s: DocumentSnapshot) => checkDocument(s);
    let first: DocumentSnapshot | undefined;
    // The file's re-check sees the typo again (as if the written file read differently than the snapshot).
    const check = (s: DocumentSnapshot) => {
      first ??= s;
      const r = base(s);
      if (s !== first) r.findings.push({ ...base(first).findings.find((f) => f.rule === 'known-typo')!, fix: undefined });
      return r;
    };
    let stdout = '';
    const code = runFix([file], { lang: 'en', rules: ['known-typo'], inPlace: false, check, houseRules: {}, expand: (a) => [a] }, { stdout: (s) => (stdout += s), stderr: () => {} });
    expect(code).toBe(1);
    expect(stdout).toContain(`${file}: the fix (known-typo) did not hold the re-check in the written file; nothing written`);
    expect(fs.existsSync(at('osakond', 'kirjavead.fixed.docx'))).toBe(false);
  });

  test('a wrong call is one clear line and exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['--in-place', 'a.docx'], /^jd-check: --in-place goes with --fix\n/],
      [['--fix', '--in-place', '--out', 'x', 'a.docx'], /^jd-check: --in-place and --out cannot go together\n/],
      [['--fix', '--format', 'json', 'a.docx'], /^jd-check: --fix prints what it changed; --export and --format do not go with it\n/],
      [['--fix', '--rule', 'no-such-rule', 'a.docx'], /^jd-check: unknown rule "no-such-rule" \(known: language-not-estonian, /],
    ];
    for (const [args, message] of cases) {
      const r = await run(...args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.stderr).toMatch(message);
    }
  });
});
