/** The Word adapter's errors and their Bilingual messages (Estonian first). */
import { HostError } from '../core/host';
import type { Bilingual } from '../core/text';

export { DOCUMENT_CHANGED } from '../core/host';

/** An error whose message the pane can show as is (Estonian in `message`, both in `bilingual`). */
export class WordHostError extends HostError {
  constructor(bilingual: Bilingual, documentChanged = false) {
    super(bilingual, documentChanged);
    this.name = 'WordHostError';
  }
}

export const TEXT_NOT_FOUND: Bilingual = {
  et: 'Parandatavat teksti ei leitud enam lõigust. Kontrolli dokumenti uuesti.',
  en: 'The text to correct is no longer in the paragraph. Check the document again.',
};
export const NOT_IN_TABLE: Bilingual = {
  et: 'Rida saab lisada ainult tabelisse; see lõik ei ole tabelis.',
  en: 'A row can only be added to a table; this paragraph is not in a table.',
};
/** Word's search takes at most 255 characters (a "^" counts twice once escaped). */
export const TEXT_TOO_LONG: Bilingual = {
  et: 'Parandatav tekst on Wordi otsingu jaoks liiga pikk (üle 255 märgi). Parandage see käsitsi.',
  en: 'The text to correct is too long for Word’s search (over 255 characters). Correct it by hand.',
};
export const NO_CURSOR: Bilingual = {
  et: 'Kursorit ei leitud dokumendi tekstist. Klõpsake dokumendis kohta, kuhu lisada, ja proovige uuesti.',
  en: 'The cursor is not in the document’s text. Click where to insert in the document and try again.',
};

/**
 * Word stopped in the middle of a write batch (batches are not transactions): what was written,
 * what was not, and that Ctrl+Z removes the written part. `done` undefined: it could not be told.
 */
export function partialWrite(
  done: { written: string[]; partly?: string; notWritten: string[] } | undefined,
  all: string[],
  reason: string,
): Bilingual {
  const list = (items: string[]) => items.map((s) => `„${s}“`).join(', ') || '–';
  if (!done) {
    return {
      et: `Word katkestas muutmise (${reason}). Osa muudatustest (${list(all)}) võib olla kirjutatud; Ctrl+Z eemaldab selle.`,
      en: `Word stopped (${reason}). Part of the changes (${list(all)}) may have been written; Ctrl+Z removes it.`,
    };
  }
  if (done.written.length === 0 && !done.partly) {
    return { et: `Word ei kirjutanud midagi (${reason}). Proovige uuesti.`, en: `Word wrote nothing (${reason}). Try again.` };
  }
  const partly = (word: string) => (done.partly ? `${done.written.length ? '; ' : ''}${list([done.partly])} (${word})` : '');
  return {
    et:
      `Word katkestas muutmise poole pealt (${reason}). Kirjutatud: ${done.written.length ? list(done.written) : ''}${partly('osaliselt')}. ` +
      `Kirjutamata: ${list(done.notWritten)}. Kirjutatu eemaldamiseks vajutage Ctrl+Z.`,
    en:
      `Word stopped part-way (${reason}). Written: ${done.written.length ? list(done.written) : ''}${partly('partly')}. ` +
      `Not written: ${list(done.notWritten)}. Press Ctrl+Z to remove what was written.`,
  };
}
