import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ametnik from '../../data/profiles/ametnik.json';
import { main } from '../../src/cli/jd-check';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { defaultProfiles } from '../../src/core/profiles';
import { readJobDescription } from '../../src/core/reader';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { writeDocx } from '../../src/docx/write';
import { ametnikSeedSnapshot } from '../core/seed-snapshots';

// A third agency orders its sections differently (requirements before rights) and numbers them
// accordingly. It adds a profile file; no code changes.
const ORDER = ['uldosa', 'eesmark', 'ulesanded', 'nouded', 'oigused', 'vastutus', 'toovahendid', 'muutmine'];

function agencyProfile() {
  const sections = ORDER.map((id, i) => ({ ...ametnik.sections.find((s) => s.id === id)!, number: String(i + 1) }));
  return { ...ametnik, id: 'asutus-y', name: { et: 'Asutus Y ametnik', en: 'Agency Y civil servant' }, sections };
}

/** The civil-servant seed with its sections in the agency's order and numbers. */
function agencyDocument(): DocumentSnapshot {
  const seed = ametnikSeedSnapshot();
  const jd = readJobDescription(seed, defaultProfiles()[0]);
  const range = (id: string) => {
    const s = jd.sections.find((x) => x.id === id)!;
    return seed.blocks.slice(s.block, s.endBlock! + 1);
  };
  const first = jd.sections.find((s) => s.id === 'uldosa')!.block!;
  const blocks = [...seed.blocks.slice(0, first)];
  ORDER.forEach((id, i) => {
    const [heading, ...body] = range(id);
    blocks.push({ ...heading, text: heading.text.replace(/^\d+\./, `${i + 1}.`) }, ...body);
  });
  return { ...seed, blocks: blocks.map((b, index) => ({ ...b, index })) };
}

let dir: string;
let out: string;
let err: string;
const io = { stdout: (s: string) => void (out += s), stderr: (s: string) => void (err += s), color: false };
async function run(...argv: string[]): Promise<number> {
  out = '';
  err = '';
  return main(argv, io);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-profiles-'));
  fs.mkdirSync(path.join(dir, 'profiilid'));
  fs.writeFileSync(path.join(dir, 'profiilid', 'asutus-y.json'), JSON.stringify(agencyProfile()));
  fs.writeFileSync(path.join(dir, 'katki.json'), JSON.stringify({ ...agencyProfile(), sections: 'ÜLDOSA' }));
  fs.writeFileSync(path.join(dir, 'y.docx'), await writeDocx(agencyDocument()));
  fs.writeFileSync(path.join(dir, 'kataloog.json'), JSON.stringify({ ...defaultCatalogue(), profiles: [agencyProfile()] }));
}, 60000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const rules = (json: string) => (JSON.parse(json)[0].findings as { rule: string }[]).map((f) => f.rule);

test("with the shipped profile the agency's own order is its own business; under a house rule of a fixed order it is reported", async () => {
  expect(await run('--format', 'json', '--profile', 'ametnik', path.join(dir, 'y.docx'))).toBe(0);
  expect(rules(out)).not.toContain('section-order');
  expect(rules(out)).not.toContain('section-numbering');
  const organisation = path.join(dir, 'organisation.json');
  fs.writeFileSync(organisation, JSON.stringify({ id: 'x', version: '1.0.0', name: { et: 'X', en: 'X' }, houseRules: { sectionOrder: true, numbering: true } }));
  expect(await run('--format', 'json', '--profile', 'ametnik', '--organisation', organisation, path.join(dir, 'y.docx'))).toBe(0);
  expect(rules(out)).toEqual(expect.arrayContaining(['section-order', 'section-numbering']));
});

test('a broken organisation file: exit 2, and the message names the file and the field', async () => {
  const organisation = path.join(dir, 'bad-organisation.json');
  fs.writeFileSync(organisation, JSON.stringify({ id: 'x', version: '1.0.0', name: { et: 'X', en: 'X' }, houseRules: { sectionOrder: 'yes' } }));
  expect(await run('--organisation', organisation, path.join(dir, 'y.docx'))).toBe(2);
  expect(err).toMatch(/bad-organisation\.json: houseRules\.sectionOrder: must be boolean/);
});

test("with the agency's profile file added, its order and numbers are right", async () => {
  const code = await run('--format', 'json', '--profiles', path.join(dir, 'profiilid'), '--profile', 'asutus-y', path.join(dir, 'y.docx'));
  expect(err).toBe('');
  expect(code).toBe(0);
  const report = JSON.parse(out)[0];
  expect(report.profile).toBe('asutus-y');
  expect(report.sections.map((s: { id: string; number: string }) => `${s.number} ${s.id}`)).toEqual(ORDER.map((id, i) => `${i + 1} ${id}`));
  expect(report.sections.every((s: { found: boolean }) => s.found)).toBe(true);
  expect(rules(out)).not.toContain('section-order');
  expect(rules(out)).not.toContain('section-numbering');
  expect(report.fields.ametinimetus).toBe('Nõunik');
});

test('a broken profile file: exit 2, and the message names the file and the field', async () => {
  expect(await run('--profiles', path.join(dir, 'katki.json'), path.join(dir, 'y.docx'))).toBe(2);
  expect(err).toMatch(/katki\.json: sections: must be array/);
  expect(err.trim().split('\n')).toHaveLength(1);
});

test("the organisation's shared catalogue can bring the profile instead of a file", async () => {
  const code = await run('--format', 'json', '--catalogue', path.join(dir, 'kataloog.json'), '--profile', 'asutus-y', path.join(dir, 'y.docx'));
  expect(err).toBe('');
  expect(code).toBe(0);
  expect(JSON.parse(out)[0].profile).toBe('asutus-y');
  expect(rules(out)).not.toContain('section-order');
});
