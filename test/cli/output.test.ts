import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/jd-check';
import { fileUri } from '../../src/cli/format/sarif';
import { makeDocx, p } from '../docx/helpers';

// Issue 10, items 7 and 8: what jd-check prints comes from documents and file names, which a
// stranger may have written.

let dir: string;
let out = '';
let err = '';
async function run(color: boolean, ...argv: string[]) {
  out = '';
  err = '';
  return main(argv, { stdout: (s) => void (out += s), stderr: (s) => void (err += s), color });
}

/** Any control character but tab, newline and our own colour codes (ESC [ digits m). */
const foreignControls = (s: string) => s.replace(/\x1b\[\d+m/g, '').match(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g) ?? [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-output-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('terminal escapes (item 7)', () => {
  // XML forbids ESC, but C1 controls such as CSI (U+009B) are legal in a .docx.
  const hostileText = 'XXX \u009b2J\u009b31mPUNANE\u0085 lõpp';

  test('document text and file names reach the text output without control characters', async () => {
    const name = path.join(dir, 'a\x1b]0;pealkiri\x07\x1b[2J.docx');
    fs.writeFileSync(name, makeDocx(p('AMETIJUHEND') + p(hostileText)));
    for (const color of [false, true]) {
      await run(color, '--lang', 'en', name);
      expect(out).toContain('placeholder "XXX"'); // the finding is there …
      expect(out).toContain('2J31mPUNANE lõpp'); // … quoting the text without its controls
      expect(out).toContain('a]0;pealkiri[2J.docx');
      expect(foreignControls(out)).toEqual([]);
    }
    expect(out).toMatch(/\x1b\[1m/); // our own colours stay
  });

  test('error lines are one printable line: controls and breaks become a space', async () => {
    const missing = path.join(dir, 'puudub\x1b[31m\n\u009b\t.docx');
    expect(await run(false, missing)).toBe(2);
    expect(err).toBe(`jd-check: ${path.join(dir, 'puudub [31m .docx')}: faili ei ole\n`);
    expect(foreignControls(out)).toEqual([]);
    await run(false, '--profile', 'x\x1b[2J', missing);
    expect(err.split('\n')[0]).toBe('jd-check: unknown profile "x [2J" (known: ametnik, tootaja)');
  });
});

describe('SARIF uri (item 8)', () => {
  test('each path segment is percent-encoded, so # and ? stay in the path', () => {
    expect(fileUri('/tmp/a#b/c?d e%.docx')).toBe('file:///tmp/a%23b/c%3Fd%20e%25.docx');
    expect(fileUri('kaust/#1 ülevaade.docx')).toBe('kaust/%231%20%C3%BClevaade.docx');
    expect(fileUri('C:\\Ametijuhendid\\a#1.docx')).toBe('file:///C:/Ametijuhendid/a%231.docx');
    // The uri parses back to the same path.
    expect(decodeURIComponent(new URL(fileUri('/tmp/a#b/c?d.docx')).pathname)).toBe('/tmp/a#b/c?d.docx');
  });

  test('jd-check --format sarif writes such uris', async () => {
    const name = path.join(dir, 'osa#1?.docx');
    fs.writeFileSync(name, makeDocx(p('AMETIJUHEND') + p('XXX')));
    await run(false, '--format', 'sarif', name);
    const uris = JSON.parse(out).runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris.length).toBeGreaterThan(0);
    for (const uri of uris) expect(new URL(uri).pathname).toBe(name.split('/').map(encodeURIComponent).join('/'));
  });
});
