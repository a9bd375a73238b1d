import type { Bilingual } from '../../core/text';

/** The Kompetentsid tab's fixed texts, Estonian first. */
export const S = {
  searchLabel: { et: 'Otsi kompetentsi', en: 'Search competencies' },
  searchPlaceholder: { et: 'nt koostöö, klient, analüüs', en: 'e.g. cooperation, client, analysis' },
  groupLabel: { et: 'Rühm', en: 'Group' },
  groupAll: { et: 'Kõik', en: 'All' },
  groupStandard: { et: 'Tööks vajalikud', en: 'Required for the job' },
  groupLeadership: { et: 'Juhtimine', en: 'Leadership' },
  groupAdditional: { et: 'Täiendavad', en: 'Additional' },
  listLabel: { et: 'Kompetentsid', en: 'Competencies' },
  noResults: { et: 'Ühtegi kompetentsi ei leitud. Proovige teist sõna.', en: 'No competency found. Try another word.' },
  results: { et: 'tulemust', en: 'results' },
  retired: { et: 'Kõrvaldatud', en: 'Retired' },
  retiredUse: { et: 'See kompetents on kataloogist eemaldatud. Kasutage asemel:', en: 'This competency has been retired. Use instead:' },
  wording: { et: 'Sõnastus', en: 'Wording' },
  wordingBase: { et: 'Põhisõnastus', en: 'Main wording' },
  textLanguage: { et: 'Teksti keel dokumendis', en: 'Language of the text in the document' },
  estonian: { et: 'Eesti', en: 'Estonian' },
  english: { et: 'Inglise', en: 'English' },
  insert: { et: 'Lisa dokumenti', en: 'Insert into the document' },
  inserted: { et: 'Kompetents on lisatud nõuete osasse.', en: 'The competency has been added to the requirements section.' },
  insertedAtCursor: {
    et: 'Nõuete osa ei leitud, kompetents on lisatud kursori kohale.',
    en: 'The requirements section was not found, so the competency was added at the cursor.',
  },
  alreadyThere: {
    et: 'See kompetents on dokumendis juba olemas; valisin selle dokumendis.',
    en: 'This competency is already in the document; it has been selected there.',
  },
  settings: { et: 'Kataloogi aadress', en: 'Catalogue address' },
  urlLabel: { et: 'Jagatud kataloogi veebiaadress (tühi = vaikimisi kataloog)', en: 'Address of the shared catalogue (empty = the default catalogue)' },
  save: { et: 'Salvesta ja laadi', en: 'Save and load' },
  useDefault: { et: 'Taasta vaikimisi', en: 'Restore the default' },
  loadingCatalogue: { et: 'Laadin kataloogi…', en: 'Loading the catalogue…' },
  version: { et: 'Kataloogi versioon', en: 'Catalogue version' },
} satisfies Record<string, Bilingual>;
