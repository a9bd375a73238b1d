import { spawnSync } from 'child_process';
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

// Issue 10, item 4: links that loop, links out of the tree, and folders that cannot be listed.
describe('a hostile folder tree', () => {
  let tree: string;
  const reported = () => JSON.parse(out).map((r: { file: string; error?: string }) => ({ file: path.relative(tree, r.file), error: r.error }));

  beforeEach(async () => {
    tree = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-tree-'));
    fs.mkdirSync(path.join(tree, 'a', 'b'), { recursive: true });
    fs.writeFileSync(path.join(tree, 'a', 'b', 'hea.docx'), await buildAmetnikSeedDocx());
  });
  afterEach(() => fs.rmSync(tree, { recursive: true, force: true }));

  test('linked folders are not entered: loops and a link to / list each file once', async () => {
    fs.symlinkSync('..', path.join(tree, 'a', 'up'));
    fs.symlinkSync('../..', path.join(tree, 'a', 'b', 'up2'));
    fs.symlinkSync('/', path.join(tree, 'juur'));
    const started = Date.now();
    expect(await run('--format', 'json', tree)).toBe(0);
    expect(Date.now() - started).toBeLessThan(10000);
    expect(reported()).toEqual([{ file: path.join('a', 'b', 'hea.docx'), error: undefined }]);
  });

  test('a linked .docx file is read, a linked folder named .docx is reported as a folder', async () => {
    fs.symlinkSync(path.join(tree, 'a', 'b', 'hea.docx'), path.join(tree, 'link.docx'));
    fs.symlinkSync(path.join(tree, 'a'), path.join(tree, 'kaust.docx'));
    expect(await run('--format', 'json', tree)).toBe(2);
    expect(reported()).toEqual([
      { file: path.join('a', 'b', 'hea.docx'), error: undefined },
      { file: 'kaust.docx', error: 'see on kaust, mitte fail' },
      { file: 'link.docx', error: undefined },
    ]);
  });

  test('an unreadable folder is one entry with the reason; the rest is reported', () => {
    fs.mkdirSync(path.join(tree, 'a', 'lukus'));
    fs.writeFileSync(path.join(tree, 'a', 'lukus', 'peidus.docx'), 'x');
    fs.chmodSync(path.join(tree, 'a', 'lukus'), 0o000);
    fs.chmodSync(tree, 0o755);
    // root reads any folder, so the check then runs as "nobody".
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const cli = path.join(__dirname, '..', '..', 'src', 'cli', 'jd-check.ts');
    const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', cli, '--format', 'json', tree], {
      cwd: path.join(__dirname, '..', '..'),
      encoding: 'utf8',
      ...asNobody,
    });
    out = r.stdout;
    expect(r.stderr).toBe(`jd-check: ${path.join(tree, 'a', 'lukus')}: kausta ei saa lugeda (EACCES)\n`);
    expect(r.status).toBe(2);
    expect(reported()).toEqual([
      { file: path.join('a', 'b', 'hea.docx'), error: undefined },
      { file: path.join('a', 'lukus'), error: 'kausta ei saa lugeda (EACCES)' },
    ]);
  }, 60000);

  test('a pipe, a device or an over-large file given directly is refused without reading it', async () => {
    const fifo = path.join(tree, 'toru.docx');
    spawnSync('mkfifo', [fifo]);
    const big = path.join(tree, 'suur.docx');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 60 * 1024 * 1024);
    expect(await run('--format', 'json', fifo, '/dev/zero', big, path.join(tree, 'a', 'b', 'hea.docx'))).toBe(2);
    expect(JSON.parse(out).map((r: { error?: string }) => r.error)).toEqual([
      'see ei ole tavaline fail',
      'see ei ole tavaline fail',
      'fail on liiga suur (62914560 baiti, lubatud kuni 52428800)',
      undefined,
    ]);
  });
});
