import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { inProcess } from './run-main';
import { writeDocx } from '../../src/docx/write';
import { makeAsice } from '../docx/asice';
import { baseVersion, edited, versionSnapshot } from '../compare/versions';

// jd-check --compare OLD NEW: what changed since the signed version, for HR to send with the new one.
let dir: string;
const { run, printed } = inProcess();
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-compare-'));
  const old = await writeDocx(versionSnapshot(baseVersion()));
  fs.writeFileSync(file('vana.docx'), old);
  fs.writeFileSync(file('vana.asice'), makeAsice({ 'ametijuhend.docx': old }));
  fs.writeFileSync(file('vana.bdoc'), makeAsice({ 'ametijuhend.docx': old }));
  const next = edited((v) => {
    v.fields[2][1] = 'Hüvitiste osakonna juhataja';
    v.duties.splice(0, 1);
    v.duties.push(['Pressiteadete koostamine.', ['Pressiteated on avaldatud.']]);
    v.languages[0] = 'Eesti keele valdamine vähemalt tasemel B2.';
  });
  fs.writeFileSync(file('uus.docx'), await writeDocx(next));
  fs.writeFileSync(file('katki.asice'), makeAsice({ 'a.docx': old, 'b.docx': old }));
}, 60000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('JSON: the changes with section ids, kinds and texts; a container\'s signatures are said not to be validated', async () => {
  expect(await run('--compare', '--format', 'json', file('vana.asice'), file('uus.docx'))).toBe(0);
  expect(printed.err).toBe('');
  expect(JSON.parse(printed.out)).toEqual({
    old: file('vana.asice'),
    new: file('uus.docx'),
    notes: ['Digiallkirju ei kontrollitud (nende kehtivust kontrollib DigiDoc4).'],
    changes: [
      { section: 'uldosa', kind: 'changed', what: 'field', subject: 'vahetu_juht', old: 'Perehüvitiste valdkonna juht', new: 'Hüvitiste osakonna juhataja' },
      { section: 'ulesanded', kind: 'added', what: 'duty', old: null, new: 'Pressiteadete koostamine.' },
      { section: 'ulesanded', kind: 'removed', what: 'duty', old: 'Teavitusmaterjalide koostamine ja levitamine erinevate kanalite kaudu.', new: null },
      {
        section: 'nouded', kind: 'changed', what: 'requirement', subject: 'language', language: 'eesti',
        old: 'Eesti keele valdamine vähemalt tasemel C1.', new: 'Eesti keele valdamine vähemalt tasemel B2.',
      },
    ],
  });
});

test('text: the changes under their sections, in English with --lang en; two .docx files have no signature note', async () => {
  expect(await run('--compare', '--lang', 'en', file('vana.docx'), file('uus.docx'))).toBe(0);
  expect(printed.out).toBe(
    [
      'Changes to the job description', `Previous version: ${file('vana.docx')}`, `New version: ${file('uus.docx')}`, '',
      '1. Üldosa', '- Line manager – changed: "Perehüvitiste valdkonna juht" → "Hüvitiste osakonna juhataja"', '',
      '3. Teenistuskohustused', '- Duty – added: "Pressiteadete koostamine."',
      '- Duty – removed: "Teavitusmaterjalide koostamine ja levitamine erinevate kanalite kaudu."', '',
      '7. Ametikohale esitatavad nõuded',
      '- Language skills (eesti) – changed: "Eesti keele valdamine vähemalt tasemel C1." → "Eesti keele valdamine vähemalt tasemel B2."',
    ].join('\n') + '\n',
  );
});

test('a BDOC container against itself: no changes, and the note about the signatures', async () => {
  expect(await run('--compare', file('vana.bdoc'), file('vana.asice'))).toBe(0);
  expect(printed.out).toMatch(/\nSisulisi muudatusi ei ole\.\n\nDigiallkirju ei kontrollitud \(nende kehtivust kontrollib DigiDoc4\)\.\n$/);
});

test('html: one self-contained page with the changes by section and the note', async () => {
  expect(await run('--compare', '--format', 'html', file('vana.asice'), file('uus.docx'))).toBe(0);
  expect(printed.out).toMatch(/^<!doctype html>\n<html lang="et">/);
  expect(printed.out).not.toMatch(/<(script|link|img|iframe)\b|\burl\(|@import|\b(src|href)=/i);
  expect(printed.out).toContain('<h2>3. Teenistuskohustused</h2><ul><li class="sev-info">Ülesanne – lisatud: „Pressiteadete koostamine.“</li>');
  expect(printed.out).toContain('<p class="warn">Digiallkirju ei kontrollitud (nende kehtivust kontrollib DigiDoc4).</p>');
});

test('a file that cannot be read: exit 2 and one line for each bad file, nothing on stdout', async () => {
  expect(await run('--compare', file('katki.asice'), file('puudub.docx'))).toBe(2);
  expect(printed.out).toBe('');
  expect(printed.err.trim().split('\n')).toEqual([
    `jd-check: ${file('katki.asice')}: digiallkirjastatud ümbrikus on 2 .docx-faili (a.docx, b.docx): andke võrreldav fail eraldi`,
    `jd-check: ${file('puudub.docx')}: faili ei ole`,
  ]);
});

test('a wrong call: exit 2 and the reason above the usage', async () => {
  expect(await run('--compare', file('vana.docx'))).toBe(2);
  expect(printed.err).toMatch(/^jd-check: --compare needs two files, OLD and NEW \(got 1\)\n\nUsage:/);
  expect(await run('--compare', '--format', 'sarif', file('vana.docx'), file('uus.docx'))).toBe(2);
  expect(printed.err).toMatch(/^jd-check: --compare prints text, json or html \(got "sarif"\)/);
});
