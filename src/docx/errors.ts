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
