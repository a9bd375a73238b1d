/**
 * A warning dismissed in the pane is stored in the .docx (a custom document property): jd-check
 * reads it, reports the finding as dismissed with its reason (JSON, text, SARIF), and --fix leaves it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { withBasis } from '../../src/core/apply';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { checkDocument, findingDismissalId } from '../../src/core/engine';
import { main } from '../../src/cli/jd-check';
import { editDocx } from '../../src/docx/edit';
import { readDocx } from '../../src/docx/read';
import { buildAmetnikSeedDocx } from '../fixtures/build';

const REASON = 'Õigused on sõnastatud töölepingu järgi, nii on kokku lepitud.';
let dir: string;

async function jdCheck(...args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: () => undefined, color: false });
  return { code, stdout };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-dismissed-'));
  let bytes = await buildAmetnikSeedDocx();
  // The employee's phrase in a civil servant's document: a warning with a fix.
  let snapshot = readDocx(bytes);
  const at = snapshot.blocks.findIndex((b) => b.text === 'Ametnikul on õigus:');
  bytes = editDocx(bytes, [{ edits: withBasis([{ kind: 'replace', block: at, find: 'Ametnikul', replace: 'Töötajal' }], snapshot) }]);
  snapshot = readDocx(bytes);
  const finding = checkDocument(snapshot, { catalogue: defaultCatalogue() }).findings.find((f) => f.rule === 'terminology-mismatch')!;
  expect(finding.severity).toBe('warning');
  bytes = editDocx(bytes, [{ edits: withBasis([{ kind: 'dismiss', id: findingDismissalId(finding), reason: REASON }], snapshot) }]);
  fs.writeFileSync(path.join(dir, 'kõrvale.docx'), bytes);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the JSON and text reports keep the dismissal and its reason; SARIF marks it suppressed', async () => {
  const json = await jdCheck('--format', 'json', path.join(dir, 'kõrvale.docx'));
  expect(json.code).toBe(0);
  const [report] = JSON.parse(json.stdout);
  const finding = report.findings.find((f: { rule: string }) => f.rule === 'terminology-mismatch');
  expect(finding.dismissed).toEqual({ reason: REASON });
  const text = await jdCheck(path.join(dir, 'kõrvale.docx'));
  expect(text.stdout).toMatch(/\(terminology-mismatch\) .*\(kõrvale jäetud: „Õigused on sõnastatud töölepingu järgi, nii on kokku/);
  const sarif = JSON.parse((await jdCheck('--format', 'sarif', path.join(dir, 'kõrvale.docx'))).stdout);
  const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'terminology-mismatch');
  expect(result.suppressions).toEqual([{ kind: 'inSource', justification: REASON }]);
});

test('--fix does not apply the fix of a dismissed warning', async () => {
  const run = await jdCheck('--fix', path.join(dir, 'kõrvale.docx'));
  expect(run.code).toBe(0);
  expect(fs.existsSync(path.join(dir, 'kõrvale.fixed.docx'))).toBe(false);
  expect(run.stdout).toContain('midagi parandada ei olnud');
});
