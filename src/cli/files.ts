import * as fs from 'fs';
import * as path from 'path';
import type { Bilingual } from '../core/text';
import { decodeUtf8 } from '../core/catalogue/utf8';
import { fileTooLarge } from '../docx/errors';

/** Why a file given on the command line cannot be read, in both languages. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: Bilingual,
  ) {
    super(`${file}: ${reason.en}`);
    this.name = 'InputError';
  }
}

/** A file to check, or a path that could not be listed or read, with the reason. */
export interface Input {
  file: string;
  error?: Bilingual;
}

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? 'error';

/**
 * Reads a regular file of at most `maxBytes`. A folder, a device or a pipe is refused before
 * anything is read (reading /dev/zero would never end), and so is a file that is too large.
 */
export function readInput(file: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    // Non-blocking, so that opening a named pipe does not wait for a writer.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    if (code(e) === 'ENOENT') throw new InputError(file, { et: 'faili ei ole', en: 'file not found' });
    if (code(e) === 'EISDIR') throw new InputError(file, { et: 'see on kaust, mitte fail', en: 'this is a folder, not a file' });
    throw new InputError(file, { et: `faili ei saa lugeda (${code(e)})`, en: `cannot read the file (${code(e)})` });
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(file, { et: 'see on kaust, mitte fail', en: 'this is a folder, not a file' });
    if (!stat.isFile()) throw new InputError(file, { et: 'see ei ole tavaline fail', en: 'not a regular file' });
    if (stat.size > maxBytes) throw new InputError(file, fileTooLarge(stat.size, maxBytes));
    // The size can change while we read: never read past the limit.
    const buffer = Buffer.alloc(stat.size);
    let length = 0;
    while (length < buffer.length) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.subarray(0, length);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(file, { et: `faili ei saa lugeda (${code(e)})`, en: `cannot read the file (${code(e)})` });
  } finally {
    fs.closeSync(fd);
  }
}

/** A text file (JSON) of at most `maxBytes`: strict UTF-8, a byte-order mark dropped. */
export function readText(file: string, maxBytes: number): string {
  const text = decodeUtf8(readInput(file, maxBytes));
  if (text === undefined) throw new InputError(file, { et: 'fail ei ole UTF-8 tekst', en: 'the file is not UTF-8 text' });
  return text;
}

const wanted = (name: string) => /\.docx$/i.test(name) && !name.startsWith('~$'); // ~$…: Word's lock files

/**
 * A folder stands for the .docx files in it and its subfolders, sorted, so `jd-check kaust` works
 * where the shell does not expand `*.docx` (Windows). Linked folders are not entered (a link to
 * ".." or "/" would never end), so each file is listed once; a folder that cannot be listed
 * becomes one entry with the reason, and the walk goes on. Anything else stands for itself.
 */
export function expandInput(file: string): Input[] {
  let isFolder = false;
  try {
    isFolder = fs.statSync(file).isDirectory();
  } catch {
    return [{ file }]; // readInput says why
  }
  if (!isFolder) return [{ file }];
  const found: Input[] = [];
  const folders = [file];
  while (folders.length > 0) {
    const folder = folders.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (e) {
      found.push({ file: folder, error: { et: `kausta ei saa lugeda (${code(e)})`, en: `cannot read the folder (${code(e)})` } });
      continue;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      // A Dirent describes the link itself: a linked folder is neither isDirectory() nor wanted.
      if (entry.isDirectory()) folders.push(full);
      else if ((entry.isFile() || entry.isSymbolicLink()) && wanted(entry.name)) found.push({ file: full });
    }
  }
  if (found.length === 0) return [{ file, error: { et: 'kaustas ei ole ühtegi .docx-faili', en: 'the folder has no .docx files' } }];
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
