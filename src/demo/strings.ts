import type { Bilingual } from '../core/text';

/** The demo page's own texts (the pane has its own). */
export const DEMO_STRINGS = {
  banner: { et: 'Demo – mitte Word', en: 'Demo – not Word' },
  bannerNote: {
    et: 'Arendus- ja näidiskeskkond: dokument on ainult selle brauseri mälus. Wordis töötab sama paan päris dokumendiga.',
    en: 'A development and demonstration host: the document lives only in this browser. In Word the same pane works on the real document.',
  },
  toolbar: { et: 'Dokument', en: 'Document' },
  open: { et: 'Ava .docx…', en: 'Open .docx…' },
  save: { et: 'Salvesta .docx', en: 'Save .docx' },
  newEmpty: { et: 'Tühi dokument', en: 'Empty document' },
  sample: { et: 'Näidisdokument', en: 'Sample document' },
  undo: { et: 'Võta tagasi', en: 'Undo' },
  dropHint: { et: 'Võid .docx faili ka lehele lohistada.', en: 'You can also drop a .docx file on the page.' },
  documentLabel: { et: 'Dokument', en: 'Document' },
  documentEmpty: { et: 'Dokument on tühi.', en: 'The document is empty.' },
  emptyBlock: { et: 'tühi lõik', en: 'empty paragraph' },
  editBlock: { et: 'Lõigu tekst', en: 'Paragraph text' },
  editHint: {
    et: 'Klõpsake lõigul ja kirjutage (Enter kinnitab, Esc loobub); Ctrl+Z võtab tagasi.',
    en: 'Click a paragraph and type (Enter keeps it, Esc cancels); Ctrl+Z undoes.',
  },
  paneLabel: { et: 'Ametijuhendi paan', en: 'Job description pane' },
  opened: { et: 'Avatud: {name}', en: 'Opened: {name}' },
  openFailed: {
    et: 'Faili „{name}“ ei saanud avada. {reason} Praegune dokument jäi alles.',
    en: 'Could not open "{name}". {reason} The current document was kept.',
  },
  damaged: {
    et: 'Fail on vigane või ei ole Wordi dokument – {detail}.',
    en: 'The file is damaged or is not a Word document – {detail}.',
  },
  notDocx: { et: 'See ei ole .docx fail.', en: 'This is not a .docx file.' },
  tooLarge: { et: 'Fail on liiga suur (üle 20 MB).', en: 'The file is too large (over 20 MB).' },
  saved: { et: 'Salvestatud: {name}', en: 'Saved: {name}' },
  saveFailed: { et: 'Salvestamine ei õnnestunud: {reason}', en: 'Saving failed: {reason}' },
  emptied: { et: 'Uus tühi dokument. „Võta tagasi“ toob eelmise tagasi.', en: 'A new empty document. "Undo" brings the previous one back.' },
  sampleLoaded: { et: 'Näidisdokument avatud.', en: 'Sample document opened.' },
  undone: { et: 'Viimane muudatus võeti tagasi.', en: 'The last change was undone.' },
} satisfies Record<string, Bilingual>;

export { fill } from '../core/text';
