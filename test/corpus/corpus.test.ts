/**
 * One test per corpus document: the profile, the part-1 fields and the findings a careful HR
 * reviewer expects, and every offered fix passes the same check once applied. The same again
 * for each document as LibreOffice Writer saves it (numbering through styles, other list instances).
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { buildOne, readmeWithSources, sourceIds } from './build';
import { corpusIds, loadExpectation, problems, runDocument } from './lib/corpus';

const ids = corpusIds();

test('the README names the source of every document', () => {
  expect(fs.readFileSync(path.join(__dirname, 'README.md'), 'utf8')).toBe(readmeWithSources());
});

test('the corpus has at least 24 documents of at least 10 employers, and every source builds its committed .docx', () => {
  expect(ids.length).toBeGreaterThanOrEqual(24);
  expect(new Set(ids.map((id) => loadExpectation(id).employer)).size).toBeGreaterThanOrEqual(10);
  expect(sourceIds()).toEqual(ids);
  for (const id of ids) {
    const committed = fs.readFileSync(path.join(__dirname, `${id}.docx`));
    expect({ id, same: Buffer.compare(Buffer.from(buildOne(id)), committed) === 0 }).toEqual({ id, same: true });
  }
});

describe.each(ids)('%s', (id) => {
  test('as published: profile, fields and findings as a reviewer expects; fixes pass the check', () => {
    expect(problems(runDocument(id))).toEqual([]);
  });
});

/** LibreOffice, when it is installed (CI installs it; under CI its absence is a failure). */
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((f) => fs.existsSync(f));
const loDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lo-'));

describe('saved again by LibreOffice Writer', () => {
  beforeAll(() => {
    if (!soffice) return;
    execFileSync(
      soffice,
      [`-env:UserInstallation=file://${loDir}/profile`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', loDir, ...ids.map((id) => path.join(__dirname, `${id}.docx`))],
      { stdio: 'ignore', timeout: 300_000 },
    );
  }, 320_000);
  afterAll(() => fs.rmSync(loDir, { recursive: true, force: true }));

  test('LibreOffice is there to do it', () => {
    if (!soffice && process.env.CI !== 'true') {
      console.warn('LibreOffice (soffice) is not installed: the corpus is not checked as LibreOffice saves it');
      return;
    }
    expect(soffice).toBeDefined();
  });

  (soffice ? test.each(ids) : test.skip.each(ids))('%s gives the same result', (id) => {
    const file = path.join(loDir, `${id}.docx`);
    expect(fs.existsSync(file)).toBe(true);
    expect(problems(runDocument(id, undefined, undefined, file))).toEqual([]);
  });
});
