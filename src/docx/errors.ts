import type { Bilingual } from '../core/text';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Why a .docx file cannot be read, in one line, in both languages (`message` is the English one). */
export class DocxError extends Error {
  readonly reason: Bilingual;

  constructor(en: string, et: string) {
    super(oneLine(en));
    this.name = 'DocxError';
    this.reason = { et: oneLine(et), en: this.message };
  }
}
