import type { Bilingual } from '../core/text';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Why a .docx file cannot be read, in one line, in both languages (`message` is the English one).
 * `bilingual` is the name the Word adapter's errors use too, so the pane shows either the same way.
 */
export class DocxError extends Error {
  readonly bilingual: Bilingual;

  constructor(en: string, et: string) {
    super(oneLine(en));
    this.name = 'DocxError';
    this.bilingual = { et: oneLine(et), en: this.message };
  }
}

/** The reason for a file over a size limit (the reader's and the command lines'). */
export function fileTooLarge(size: number, max: number): Bilingual {
  return { et: `fail on liiga suur (${size} baiti, lubatud kuni ${max})`, en: `file too large (${size} bytes, at most ${max})` };
}
