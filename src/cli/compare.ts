/** `jd-check --compare OLD NEW`: what changed between two versions, as text, JSON or one HTML page. */
import * as fs from 'fs';
import { compareDocuments } from '../core/compare';
import { changeSummary } from '../core/compare-text';
import type { StructureProfile } from '../core/profile-types';
import { readDocument, SIGNATURES_NOT_VALIDATED, type ReadDocument } from '../docx/container';
import { DocxError } from '../docx/errors';
import { DEFAULT_LIMITS } from '../docx/read';
import type { CheckArgs } from './args';
import { compareHtml } from './format/compare-html';
import type { Io } from './jd-check';

const NOT_FOUND = { et: 'faili ei ole', en: 'file not found' };

function read(file: string, args: CheckArgs): ReadDocument | string {
  try {
    const size = fs.statSync(file).size;
    const max = DEFAULT_LIMITS.maxFileBytes;
    if (size > max) throw new DocxError(`file too large (${size} bytes, at most ${max})`, `fail on liiga suur (${size} baiti, lubatud kuni ${max})`);
    return readDocument(fs.readFileSync(file));
  } catch (e) {
    if (e instanceof DocxError) return e.bilingual[args.lang];
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? NOT_FOUND[args.lang] : String((e as Error).message ?? e).replace(/\s+/g, ' ').trim();
  }
}

/** Compares the two files of `args.files`; resolves to the exit code (0, or 2 when a file cannot be read). */
export function runCompare(args: CheckArgs, io: Io, profiles: StructureProfile[]): number {
  const [oldFile, newFile] = args.files;
  const before = read(oldFile, args);
  const after = read(newFile, args);
  for (const [file, got] of [[oldFile, before], [newFile, after]] as const) {
    if (typeof got === 'string') io.stderr(`jd-check: ${file}: ${got}\n`);
  }
  if (typeof before === 'string' || typeof after === 'string') return 2;
  const comparison = compareDocuments(before.snapshot, after.snapshot, profiles);
  const profile = profiles.find((p) => p.id === comparison.profiles.new) ?? profiles[0];
  const notes = before.container || after.container ? [SIGNATURES_NOT_VALIDATED[args.lang]] : [];
  const versions = { old: oldFile, new: newFile };
  if (args.format === 'json') {
    io.stdout(`${JSON.stringify({ old: oldFile, new: newFile, notes, changes: comparison.changes.map(({ block: _block, ...c }) => c) }, null, 2)}\n`);
  } else if (args.format === 'html') {
    io.stdout(compareHtml(comparison.changes, profile, args.lang, versions, notes));
  } else {
    io.stdout(changeSummary(comparison.changes, profile, args.lang, versions, notes));
  }
  return 0;
}
