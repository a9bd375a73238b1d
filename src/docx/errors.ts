/** Why a .docx file cannot be read, in one line (shown to the user as is). */
export class DocxError extends Error {
  constructor(reason: string) {
    super(reason.replace(/\s+/g, ' ').trim());
    this.name = 'DocxError';
  }
}
