import { spawn, spawnSync } from 'child_process';
import * as http from 'http';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SaxesParser } from 'saxes';
import exportSchema from '../../data/schemas/export.schema.json';
import { validateData } from '../../src/core/schema';
import { allRules } from '../../src/core/rules';
import { main } from '../../src/cli/jd-check';
import { buildAmetnikSeedDocx, buildBrokenDocx, buildTootajaSeedDocx } from '../fixtures/build';

const ROOT = path.join(__dirname, '..', '..');
/** Compiled for this test into its own folder under the package (so it finds package.json and docs/). */
const BUILD = path.join(ROOT, 'test-output', 'cli-build');
const CLI = path.join(BUILD, 'src', 'cli', 'jd-check.js');
let dir: string;
const file = (name: string) => path.join(dir, name);

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: dir, env: { ...process.env, NO_COLOR: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function wellFormed(xml: string): { elements: string[] } {
  const parser = new SaxesParser();
  const elements: string[] = [];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (t) => elements.push(t.name));
  parser.write(xml).close();
  return { elements };
}

beforeAll(async () => {
  // The CLI runs compiled, as users run it; tsc still emits when another module has type errors.
  // A fresh build, so that no file of an older one (a module since made a folder) shadows a new one.
  fs.rmSync(BUILD, { recursive: true, force: true });
  spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json', '--outDir', BUILD], { cwd: ROOT });
  expect(fs.existsSync(CLI)).toBe(true);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-check-'));
  fs.writeFileSync(file('ametnik.docx'), await buildAmetnikSeedDocx());
  fs.writeFileSync(file('tootaja.docx'), await buildTootajaSeedDocx());
  fs.writeFileSync(file('pealkirjata.docx'), await buildBrokenDocx('title-missing'));
  fs.writeFileSync(file('nimeta.docx'), await buildBrokenDocx('field-empty'));
  fs.writeFileSync(file('vastutuseta.docx'), await buildBrokenDocx('section-missing'));
  fs.writeFileSync(file('katki.docx'), (await buildTootajaSeedDocx()).slice(0, 2000));
  fs.writeFileSync(file('vana.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  fs.writeFileSync(file('halb-kataloog.json'), '{"format": 1, "version": ');
}, 180000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('jd-check exit codes', () => {
  test('0 when no file has an error finding (warnings are fine)', () => {
    const r = run('ametnik.docx', 'tootaja.docx');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ametnik\.docx \(ametnik/);
    expect(r.stdout).toMatch(/Kokku: 2 faili, 0 vigadega, 0 lugemata/);
    expect(r.stdout).not.toMatch(/\x1b\[/); // no colours when not a terminal
  });

  test('1 when a file has an error finding', () => {
    const r = run('ametnik.docx', 'pealkirjata.docx');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/title-missing/);
  });

  test('2 for a corrupt file among good ones: one-line reason, the others still reported', () => {
    const r = run('--format', 'json', 'ametnik.docx', 'katki.docx', 'vana.doc', 'puudub.docx', 'pealkirjata.docx');
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^jd-check: katki\.docx: \.docx-fail on rikutud: /),
      expect.stringMatching(/^jd-check: vana\.doc: parooliga kaitstud või vana \.doc-vorming/),
      'jd-check: puudub.docx: faili ei ole',
    ]);
    // The reason follows --lang.
    const en = run('--lang', 'en', 'katki.docx', 'puudub.docx');
    expect(en.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^jd-check: katki\.docx: damaged \.docx file: /),
      'jd-check: puudub.docx: file not found',
    ]);
    const out = JSON.parse(r.stdout);
    expect(out.map((o: { file: string }) => o.file)).toEqual(['ametnik.docx', 'katki.docx', 'vana.doc', 'puudub.docx', 'pealkirjata.docx']);
    expect(Object.keys(out[1])).toEqual(['file', 'error']);
    expect(out[4].ok).toBe(false);
  });

  test('2 with a usage message for a wrong call', () => {
    for (const args of [[], ['--format', 'xml', 'a.docx'], ['--profile', 'juht', 'ametnik.docx'], ['--bogus', 'a.docx'], ['--lang']]) {
      const r = run(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^jd-check: .+\n\nUsage: jd-check/);
      expect(r.stdout).toBe('');
    }
    expect(run('--help').code).toBe(0);
  });
});

describe('jd-check output', () => {
  test('--format json: one array, an object per file in the agreed shape', () => {
    const r = run('--format', 'json', 'tootaja.docx');
    const [o] = JSON.parse(r.stdout);
    expect(Object.keys(o)).toEqual(['file', 'profile', 'variantKnown', 'ok', 'notes', 'fields', 'sections', 'findings']);
    expect([o.variantKnown, o.notes]).toEqual([true, []]);
    expect(o.file).toBe('tootaja.docx');
    expect(o.profile).toBe('tootaja');
    expect(o.ok).toBe(true);
    expect(o.fields).toEqual({
      ametinimetus: 'Teenuse arendusnõustaja',
      struktuuriuksus: 'Õiguse ja järelevalve osakond, KOV nõustamistalitus',
      vahetu_juht: 'Piirkonna juht',
      asendaja: 'Teenuse arendusnõustaja, piirkonna juht',
      asendatav: 'Teenuse arendusnõustajat',
      alluvad: null,
    });
    expect(o.sections.map((s: { id: string }) => s.id)).toEqual(['uldosa', 'eesmark', 'ulesanded', 'oigused', 'vastutus', 'toovahendid', 'nouded', 'muutmine']);
    for (const s of o.sections) expect(Object.keys(s)).toEqual(['id', 'number', 'title', 'found']);
    expect(o.findings).toEqual([
      { rule: 'known-typo', severity: 'warning', message: expect.stringContaining('omavalistuse'), location: { block: expect.any(Number), text: expect.any(String) } },
    ]);
  });

  test('missing fields are null, missing sections not found; --lang en gives English messages', () => {
    const [nimeta, vastutuseta] = JSON.parse(run('--format', 'json', 'nimeta.docx', 'vastutuseta.docx').stdout);
    expect(nimeta.fields.ametinimetus).toBeNull();
    expect(nimeta.fields.vahetu_juht).toBe('Perehüvitiste valdkonna juht');
    expect(vastutuseta.sections.filter((s: { found: boolean }) => !s.found)).toEqual([{ id: 'vastutus', number: '5', title: 'VASTUTUS', found: false }]);
    const et = JSON.parse(run('--format', 'json', 'pealkirjata.docx').stdout)[0];
    const en = JSON.parse(run('--format', 'json', '--lang', 'en', 'pealkirjata.docx').stdout)[0];
    const title = (o: { findings: { rule: string; message: string }[] }) => o.findings.find((f) => f.rule === 'title-missing')!.message;
    expect(title(et)).not.toEqual(title(en));
    expect(title(en)).toMatch(/title/i);
    const tootaja = JSON.parse(run('--format', 'json', '--profile', 'tootaja', 'ametnik.docx').stdout)[0];
    expect(tootaja.profile).toBe('tootaja');
  });

  test('--format junit: well-formed, a testsuite per file, failures for error findings', () => {
    const r = run('--format', 'junit', 'ametnik.docx', 'pealkirjata.docx', 'katki.docx');
    const { elements } = wellFormed(r.stdout);
    expect(elements.filter((e) => e === 'testsuite')).toHaveLength(3);
    expect(elements.filter((e) => e === 'testcase')).toHaveLength(allRules.length * 2 + 1);
    expect(elements.filter((e) => e === 'failure')).toHaveLength(1);
    expect(elements.filter((e) => e === 'error')).toHaveLength(1);
    expect(r.stdout).toMatch(/<testcase classname="pealkirjata.docx" name="title-missing">\s*<failure/);
  });

  test('--format sarif: SARIF 2.1.0 with rules, help URIs, levels and block locations', () => {
    const r = run('--format', 'sarif', 'tootaja.docx', 'pealkirjata.docx', 'katki.docx');
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const run0 = sarif.runs[0];
    const rules = run0.tool.driver.rules;
    expect(rules.map((x: { id: string }) => x.id)).toEqual(allRules.map((x) => x.id));
    for (const rule of rules) expect(rule.helpUri).toMatch(new RegExp(`^file://.*/docs/rules/${rule.id}\\.md$`));
    const titleResult = run0.results.find((x: { ruleId: string }) => x.ruleId === 'title-missing');
    expect(titleResult.level).toBe('error');
    expect(rules[titleResult.ruleIndex].id).toBe('title-missing');
    expect(titleResult.locations[0].physicalLocation.artifactLocation.uri).toBe('pealkirjata.docx');
    expect(titleResult.locations[0].logicalLocations[0].fullyQualifiedName).toMatch(/^blocks\[\d+\]$/);
    expect(run0.results.find((x: { ruleId: string }) => x.ruleId === 'known-typo').level).toBe('warning');
    expect(run0.invocations[0].executionSuccessful).toBe(false);
    expect(run0.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^katki\.docx: \.docx-fail on rikutud/);
  });

  test('--export prints the job description, valid against its schema', () => {
    const r = run('--export', 'tootaja.docx');
    expect(r.code).toBe(0);
    const jd = JSON.parse(r.stdout);
    expect(() => validateData(exportSchema, jd, 'export')).not.toThrow();
    expect(jd.profile).toBe('tootaja');
    expect(jd.duties).toHaveLength(13);
    const both = JSON.parse(run('--export', 'tootaja.docx', 'ametnik.docx').stdout);
    expect(both).toHaveLength(2);
    for (const j of both) expect(() => validateData(exportSchema, j, 'export')).not.toThrow();
    expect(() => validateData(exportSchema, { ...jd, duties: [{ number: 1 }] }, 'export')).toThrow(/duties/);
  });

  test('--catalogue URL is fetched over HTTP; a failing URL stops with exit 2', async () => {
    const catalogue = fs.readFileSync(path.join(ROOT, 'data', 'catalogue', 'default.json'));
    const requests: string[] = [];
    const server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      if (req.url === '/kataloog.json') res.writeHead(200, { 'content-type': 'application/json' }).end(catalogue);
      else if (req.url === '/suur.json') {
        // 6 MB sent in chunks, with no length to refuse it by.
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, ' ');
        let left = 96;
        const more = () => {
          while (left-- > 0) if (!res.write(chunk)) return void res.once('drain', more);
          res.end();
        };
        res.on('error', () => undefined);
        more();
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    // The server runs in this process, so the CLI must run without blocking it.
    const runAsync = (...args: string[]) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [CLI, ...args], { cwd: dir });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d));
        child.stdout.resume();
        child.on('close', (code) => resolve({ code, stderr }));
      });
    try {
      expect((await runAsync('--catalogue', `${base}/kataloog.json`, 'tootaja.docx')).code).toBe(0);
      const missing = await runAsync('--catalogue', `${base}/puudub.json`, 'tootaja.docx');
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/^jd-check: kataloogi ei saa laadida: http:.*puudub\.json: server vastas koodiga 404\n$/);
      // Issue 10, item 3: the body is capped, and http: is refused unless it is this computer.
      const big = await runAsync('--lang', 'en', '--catalogue', `${base}/suur.json`, 'tootaja.docx');
      expect(big.code).toBe(2);
      expect(big.stderr).toBe(`jd-check: cannot load the catalogue: ${base}/suur.json: the catalogue received is too large (more than 4 MB)\n`);
      const plain = await runAsync('--catalogue', 'http://kataloog.example.ee/k.json', 'tootaja.docx');
      expect(plain).toEqual({ code: 2, stderr: 'jd-check: kataloogi ei saa laadida: http://kataloog.example.ee/k.json: Kataloogi aadress peab algama https://\n' });
      expect(requests).toEqual(['/kataloog.json', '/puudub.json', '/suur.json']);
    } finally {
      server.close();
    }
  });

  test('--catalogue: a file is loaded; a broken one stops with exit 2', () => {
    expect(run('--catalogue', path.join(ROOT, 'data', 'catalogue', 'default.json'), 'tootaja.docx').code).toBe(0);
    const bad = run('--catalogue', 'halb-kataloog.json', 'tootaja.docx');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^jd-check: kataloogi ei saa laadida: halb-kataloog\.json: \(root\): is not valid JSON/);
  });
});

describe('jd-check in-process', () => {
  async function capture(color: boolean, ...args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), color });
    return { code, stdout, stderr };
  }

  test('colours only when asked (a terminal without NO_COLOR)', async () => {
    const plain = await capture(false, file('pealkirjata.docx'));
    const coloured = await capture(true, file('pealkirjata.docx'));
    expect(plain.code).toBe(1);
    expect(plain.stdout).not.toMatch(/\x1b\[/);
    expect(coloured.stdout).toMatch(/\x1b\[31mviga/);
    expect(coloured.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain.stdout);
  });

  test('text output counts paragraphs from 1 and ends with a summary line', async () => {
    const r = await capture(false, '--lang', 'en', file('tootaja.docx'), file('katki.docx'));
    expect(r.code).toBe(2);
    const json = JSON.parse((await capture(false, '--format', 'json', file('tootaja.docx'))).stdout)[0];
    const typo = json.findings[0];
    expect(r.stdout).toContain(`[paragraph ${typo.location.block + 1}: "omavalistuse"]`);
    expect(r.stdout.trim().split('\n').pop()).toBe('Total: 2 files, 0 with errors, 1 unreadable, 1 finding.');
  });
});
