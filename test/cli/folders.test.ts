import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/jd-check';
import { buildAmetnikSeedDocx, buildBrokenDocx } from '../fixtures/build';

// HR teams check a whole folder before signature; on Windows the shell does not expand *.docx.
let dir: string;
let out = '';
let err = '';
const io = { stdout: (s: string) => void (out += s), stderr: (s: string) => void (err += s), color: false };
async function run(...argv: string[]) {
  out = '';
  err = '';
  return main(argv, io);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-folders-'));
  fs.mkdirSync(path.join(dir, 'osakond', 'alam'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'tühi'));
  fs.writeFileSync(path.join(dir, 'osakond', 'b-noustaja.docx'), await buildAmetnikSeedDocx());
  fs.writeFileSync(path.join(dir, 'osakond', 'alam', 'a-pealkirjata.docx'), await buildBrokenDocx('title-missing'));
  fs.writeFileSync(path.join(dir, 'osakond', '~$b-noustaja.docx'), 'Word lock file');
  fs.writeFileSync(path.join(dir, 'osakond', 'markmed.txt'), 'not a job description');
}, 60000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a folder stands for the .docx files in it and its subfolders, without Word lock files', async () => {
  const code = await run('--format', 'json', path.join(dir, 'osakond'));
  const files = JSON.parse(out).map((r: { file: string }) => path.relative(dir, r.file));
  expect(files).toEqual([path.join('osakond', 'alam', 'a-pealkirjata.docx'), path.join('osakond', 'b-noustaja.docx')]);
  expect(err).toBe('');
  expect(code).toBe(1); // the title is missing in one of them
});

test('a folder without .docx files is reported as unreadable, with exit 2', async () => {
  expect(await run(path.join(dir, 'tühi'))).toBe(2);
  expect(err.trim()).toBe(`jd-check: ${path.join(dir, 'tühi')}: kaustas ei ole ühtegi .docx-faili`);
});
