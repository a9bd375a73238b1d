import { createHash } from 'crypto';
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';

// The seeds name real people; the project must not. Their surnames are kept here only as
// SHA-256 hashes, so this test does not itself repeat them.
const FORBIDDEN = new Set([
  'd9fa5b9c259f944b64b5aa2a31ec88f784365eb05068c9e217785f7084b34e88',
  '8382028657f0fe3b4c41ead641965e0bd9f6d1c44f6aa7b3a26c9dcaaa98b9bb',
  '3c51f3c3fa6b04f68ecf686071991d141150f21a0875d475e3170b48c569af01',
]);
const sha = (word: string) => createHash('sha256').update(word).digest('hex');

test('no file of the project names a real person from the seeds', () => {
  const root = join(__dirname, '..');
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.(ts|tsx|js|json|md|html|xml|csv|txt)$/.test(f));
  expect(files.length).toBeGreaterThan(50);
  const hits: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      continue; // deleted in the working tree
    }
    for (const word of new Set(text.toLowerCase().match(/[\p{L}]+/gu) ?? [])) {
      if (FORBIDDEN.has(sha(word))) hits.push(file);
    }
  }
  expect(hits).toEqual([]);
});
