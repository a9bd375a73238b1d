import { createContext, useContext } from 'react';
import type { Bilingual, Language } from '../core/text';

/** The pane's language; Estonian unless the host or the user says otherwise. */
export const LangContext = createContext<Language>('et');

export function useLang(): Language {
  return useContext(LangContext);
}

/** Picks one language of a Bilingual text. */
export function pick(text: Bilingual, lang: Language): string {
  return text[lang];
}

/** Every fixed text of the pane, Estonian first. */
export const STRINGS = {
  appTitle: { et: 'Ametijuhend', en: 'Job description' },
  language: { et: 'Keel', en: 'Language' },
  languageEt: { et: 'Eesti keel', en: 'Estonian' },
  languageEn: { et: 'Inglise keel', en: 'English' },
  tabsLabel: { et: 'Tööriistad', en: 'Tools' },
  tabBuild: { et: 'Koosta', en: 'Build' },
  tabCheck: { et: 'Kontrolli', en: 'Check' },
  tabCompetencies: { et: 'Kompetentsid', en: 'Competencies' },
  tabCompare: { et: 'Võrdle', en: 'Compare' },
  loading: { et: 'Laadin…', en: 'Loading…' },
  working: { et: 'Töötan…', en: 'Working…' },
  errorTitle: { et: 'Midagi läks valesti', en: 'Something went wrong' },
  dismiss: { et: 'Sulge', en: 'Dismiss' },
  undo: { et: 'Võta tagasi', en: 'Undo' },
  undone: { et: 'Muudatus võeti tagasi.', en: 'The change was undone.' },
  undoInWord: { et: 'Tagasi võtab Wordis Ctrl+Z.', en: 'Ctrl+Z in Word takes it back.' },
  catalogueFailed: {
    et: 'Kompetentside kataloogi ei saanud laadida, seepärast jäävad kompetentside kontrollid ja tüüptekstid vahele.',
    en: 'The competency catalogue could not be loaded, so competency checks and standard clauses are skipped.',
  },

  // Koosta
  variantLabel: { et: 'Ametijuhendi liik', en: 'Kind of job description' },
  variantDetected: { et: 'Dokumendist tuvastatud', en: 'Detected from the document' },
  variantGoverns: {
    et: 'Liik määrab, mida Koosta lisab: põhja pealkirjad ja sõnastuse, puuduvad osad ja tüüptekstid. Kontroll lähtub dokumendi enda sõnadest.',
    en: 'The kind decides what Build inserts: the skeleton’s headings and wording, missing sections and standard clauses. The check goes by the document’s own words.',
  },
  variantDiffers: {
    et: 'Valitud liik ei muuda dokumenti. Teisendamine muudab dokumendi sõnad valitud liigi omadeks.',
    en: 'The chosen kind does not change the document. Converting changes the document’s words to the chosen kind’s.',
  },
  convert_tootaja: { et: 'Teisenda töötaja ametijuhendiks', en: 'Convert to an employee’s job description' },
  convert_ametnik: { et: 'Teisenda ametniku ametijuhendiks', en: 'Convert to a civil servant’s job description' },
  convertOther: { et: 'Teisenda valitud liigiks', en: 'Convert to the chosen kind' },
  convertReview: {
    et: 'Need muudatused tehakse korraga ja saab korraga tagasi võtta:',
    en: 'These changes are made together and can be undone together:',
  },
  convertApply: { et: 'Teisenda', en: 'Convert' },
  convertNothing: { et: 'Dokumendis ei ole midagi teisendada.', en: 'There is nothing to convert in the document.' },
  converted: { et: 'Dokument on teisendatud', en: 'The document has been converted' },
  markerAdded: { et: 'lisatakse rida', en: 'line added' },
  markerRemoved: { et: 'rida eemaldatakse', en: 'line removed' },
  skeletonHeading: { et: 'Põhi', en: 'Skeleton' },
  insertSkeleton: { et: 'Sisesta kogu põhi', en: 'Insert the full skeleton' },
  insertSkeletonHint: {
    et: 'Lisab pealkirja ja kõik osad kursori kohale või tühja dokumenti.',
    en: 'Adds the title and every section at the cursor or into an empty document.',
  },
  insertMissingOnly: {
    et: 'Dokumendis on juba osi. Lisan ainult puuduvad osad, olemasolevat teksti ei muudeta.',
    en: 'The document already has sections. Only the missing ones will be added; existing text is not changed.',
  },
  insertMissingConfirm: { et: 'Lisa puuduvad osad', en: 'Add the missing sections' },
  cancel: { et: 'Loobu', en: 'Cancel' },
  skeletonInserted: { et: 'Põhi on lisatud.', en: 'The skeleton has been added.' },
  nothingMissing: { et: 'Kõik osad on dokumendis olemas.', en: 'All sections are in the document.' },
  missingHeading: { et: 'Puuduvad osad', en: 'Missing sections' },
  add: { et: 'Lisa', en: 'Add' },
  sectionAdded: { et: 'Osa on lisatud.', en: 'The section has been added.' },
  clausesHeading: { et: 'Tüüptekstid', en: 'Standard clauses' },
  clausesHint: {
    et: 'Vii kursor ametijuhendi osa sisse, et näha selle osa tüüptekste.',
    en: 'Put the cursor inside a section of the job description to see its standard clauses.',
  },
  clausesNone: { et: 'Selle osa jaoks tüüptekste pole.', en: 'No standard clauses for this section.' },
  clausesFor: { et: 'Osa', en: 'Section' },
  refreshCursor: { et: 'Värskenda kursori järgi', en: 'Refresh from the cursor' },
  clauseAdded: { et: 'Tüüptekst on lisatud.', en: 'The clause has been added.' },
  clauseReplaced: { et: 'Tüüptekst on asendatud.', en: 'The clause has been replaced.' },
  clauseThere: { et: 'See tüüptekst on juba dokumendis; valisin selle.', en: 'This clause is already in the document; it has been selected there.' },
  clausePresent: { et: 'Dokumendis olemas', en: 'In the document' },
  clauseOlder: { et: 'Dokumendis teises sõnastuses', en: 'In the document in other words' },
  clausePlaceholder: { et: 'Osas on täitekoht', en: 'The section has a placeholder' },
  replace: { et: 'Asenda', en: 'Replace' },
  show: { et: 'Näita', en: 'Show' },
  showText: { et: 'Tekst', en: 'Text' },
  dutiesHeading: { et: 'Ülesanded', en: 'Duties' },
  addDuty: { et: 'Lisa ülesanne', en: 'Add a duty' },
  addDutyHint: {
    et: 'Lisab ülesannete tabelisse uue rea järgmise numbriga.',
    en: 'Adds a new row with the next number to the duties table.',
  },
  dutyAdded: { et: 'Ülesande rida on lisatud.', en: 'A duty row has been added.' },
  noDutyTable: {
    et: 'Ülesannete tabelit ei leitud. Lisa esmalt osa „Teenistuskohustused“ või „Tööülesanded“.',
    en: 'No duties table was found. Add the duties section first.',
  },

  // Kontrolli
  checkButton: { et: 'Kontrolli', en: 'Check' },
  recheckButton: { et: 'Kontrolli uuesti', en: 'Check again' },
  checkIntro: {
    et: 'Kontrollib ametijuhendi ülesehitust, sõnastust ja kompetentse.',
    en: 'Checks the structure, wording and competencies of the job description.',
  },
  verdictReady: { et: 'Valmis allkirjastamiseks', en: 'Ready for signing' },
  verdictReadyDetail: { et: 'Vigu ega hoiatusi ei leitud.', en: 'No errors or warnings found.' },
  verdictReviewWarnings: { et: 'Vigu ei leitud. Vaata üle', en: 'No errors found. Please review' },
  verdictFixErrors: { et: 'Paranda vead enne allkirjastamist.', en: 'Fix the errors before signing.' },
  notJobDescription: { et: 'See ei ole (veel) ametijuhend', en: 'This is not a job description (yet)' },
  notEstonian: { et: 'Kontrollitakse ainult eestikeelseid ametijuhendeid', en: 'Only job descriptions in Estonian are checked' },
  profileUsed: { et: 'Liik', en: 'Kind' },
  documentGroup: { et: 'Dokument', en: 'Document' },
  fix: { et: 'Paranda', en: 'Fix' },
  fixed: { et: 'Parandatud', en: 'Fixed' },
  why: { et: 'Miks?', en: 'Why?' },
  whyMissing: { et: 'Selgitust ei õnnestunud laadida.', en: 'The explanation could not be loaded.' },
  dismissWarning: { et: 'Jäta kõrvale', en: 'Dismiss' },
  dismissReason: { et: 'Põhjus (salvestatakse dokumenti)', en: 'Reason (stored in the document)' },
  dismissSave: { et: 'Salvesta', en: 'Save' },
  dismissedGroup: { et: 'Kõrvale jäetud', en: 'Dismissed' },
  dismissedNotice: { et: 'Hoiatus on kõrvale jäetud; põhjus on salvestatud dokumenti.', en: 'The warning has been dismissed; the reason is stored in the document.' },
  restore: { et: 'Taasta', en: 'Restore' },
  restored: { et: 'Hoiatus on taastatud.', en: 'The warning has been restored.' },
  reason: { et: 'Põhjus', en: 'Reason' },
  goTo: { et: 'Näita dokumendis', en: 'Show in the document' },
  severityError: { et: 'Viga', en: 'Error' },
  severityWarning: { et: 'Hoiatus', en: 'Warning' },
  severityInfo: { et: 'Märkus', en: 'Note' },
  findingsHeading: { et: 'Leiud', en: 'Findings' },
  checking: { et: 'Kontrollin…', en: 'Checking…' },
  staleRechecked: {
    et: 'Parandust ei tehtud. Kontrollisin dokumendi uuesti: vaadake leiud üle ja parandage siis.',
    en: 'The fix was not made. The document has been checked again: review the findings, then fix.',
  },

  // Kompetentsid
  loadingCatalogue: { et: 'Laadin kataloogi…', en: 'Loading the catalogue…' },
  searchLabel: { et: 'Otsi kompetentsi', en: 'Search competencies' },
  searchPlaceholder: { et: 'nt koostöö, klient, analüüs', en: 'e.g. cooperation, client, analysis' },
  groupLabel: { et: 'Rühm', en: 'Group' },
  groupAll: { et: 'Kõik', en: 'All' },
  groupStandard: { et: 'Tööks vajalikud', en: 'Required for the job' },
  groupLeadership: { et: 'Juhtimine', en: 'Leadership' },
  groupAdditional: { et: 'Täiendavad', en: 'Additional' },
  competencyList: { et: 'Kompetentsid', en: 'Competencies' },
  noResults: { et: 'Ühtegi kompetentsi ei leitud. Proovige teist sõna.', en: 'No competency found. Try another word.' },
  requiredHeading: { et: 'Asutuse nõutavad kompetentsid', en: 'Competencies the organisation requires' },
  requiredAll: { et: 'Lisa kõik nõutavad', en: 'Add all required' },
  requiredAdded: { et: 'Nõutavad kompetentsid on lisatud nõuete osasse.', en: 'The required competencies have been added to the requirements section.' },
  requiredThere: { et: 'Kõik nõutavad kompetentsid on dokumendis.', en: 'All the required competencies are in the document.' },
  requiredForLeaders: { et: 'juhile', en: 'for a leader' },
  badgeRequired: { et: 'Nõutav', en: 'Required' },
  badgeInDocument: { et: 'Dokumendis', en: 'In the document' },
  missing: { et: 'puudub', en: 'missing' },
  present: { et: 'dokumendis', en: 'in the document' },
  retired: { et: 'Kõrvaldatud', en: 'Retired' },
  retiredUse: { et: 'See kompetents on kataloogist eemaldatud. Kasutage asemel:', en: 'This competency has been retired. Use instead:' },
  wording: { et: 'Sõnastus', en: 'Wording' },
  wordingBase: { et: 'Põhisõnastus', en: 'Main wording' },
  textLanguage: { et: 'Teksti keel dokumendis', en: 'Language of the text in the document' },
  textEstonian: { et: 'Eesti', en: 'Estonian' },
  textEnglish: { et: 'Inglise', en: 'English' },
  insertCompetency: { et: 'Lisa dokumenti', en: 'Insert into the document' },
  competencyInserted: { et: 'Kompetents on lisatud nõuete osasse.', en: 'The competency has been added to the requirements section.' },
  competencyInsertedAtCursor: {
    et: 'Nõuete osa ei leitud, kompetents on lisatud kursori kohale.',
    en: 'The requirements section was not found, so the competency was added at the cursor.',
  },
  competencyAlreadyThere: {
    et: 'See kompetents on dokumendis juba olemas; valisin selle dokumendis.',
    en: 'This competency is already in the document; it has been selected there.',
  },
  catalogueAddress: { et: 'Kataloogi aadress', en: 'Catalogue address' },
  catalogueUrlLabel: { et: 'Jagatud kataloogi veebiaadress (tühi = vaikimisi kataloog)', en: 'Address of the shared catalogue (empty = the default catalogue)' },
  saveAndLoad: { et: 'Salvesta ja laadi', en: 'Save and load' },
  useDefault: { et: 'Taasta vaikimisi', en: 'Restore the default' },
  catalogueVersion: { et: 'Kataloogi versioon', en: 'Catalogue version' },

  // Teave
  aboutButton: { et: 'Teave / About', en: 'About / Teave' },
  aboutTitle: { et: 'Teave', en: 'About' },
  aboutVersion: { et: 'Lisandmooduli versioon', en: 'Add-in version' },
  aboutHost: { et: 'Rakendus', en: 'Host' },
  aboutPlatform: { et: 'Platvorm', en: 'Platform' },
  aboutApiSets: { et: 'Toetatud WordApi komplektid', en: 'Supported WordApi sets' },
  aboutLastError: { et: 'Viimane viga', en: 'Last error' },
  aboutNone: { et: 'puudub', en: 'none' },
  aboutUnknown: { et: 'teadmata', en: 'unknown' },
  aboutCopy: { et: 'Kopeeri andmed', en: 'Copy the details' },
  aboutCopied: { et: 'Kopeeritud. Kleepige need tugitaotlusse.', en: 'Copied. Paste them into your support request.' },
  aboutCopyFailed: {
    et: 'Ei saanud kopeerida. Valige allolev tekst ja kopeerige see käsitsi.',
    en: 'Could not copy. Select the text below and copy it by hand.',
  },
} satisfies Record<string, Bilingual>;

export type StringKey = keyof typeof STRINGS;

/** Returns the pane's text for a key in the current language. */
export function useStrings(): (key: StringKey) => string {
  const lang = useLang();
  return (key) => STRINGS[key][lang];
}

/**
 * Counted words: Estonian takes the singular nominative after 1 and the singular partitive after
 * any other number ("1 tulemus", "2 tulemust", "0 tulemust"); English the plural after any but 1.
 */
const COUNTED = {
  error: { et: ['viga', 'viga'], en: ['error', 'errors'] },
  warning: { et: ['hoiatus', 'hoiatust'], en: ['warning', 'warnings'] },
  result: { et: ['tulemus', 'tulemust'], en: ['result', 'results'] },
  change: { et: ['muudatus', 'muudatust'], en: ['change', 'changes'] },
  competency: { et: ['kompetents', 'kompetentsi'], en: ['competency', 'competencies'] },
} satisfies Record<string, Record<Language, [string, string]>>;

/** "<n> <word>" in the right form, e.g. countOf(1, 'result', 'et') = "1 tulemus", countOf(2, …) = "2 tulemust". */
export function countOf(n: number, word: keyof typeof COUNTED, lang: Language): string {
  const [one, many] = COUNTED[word][lang];
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The verdict line for a check result, e.g. "2 viga ja 1 hoiatus" / "2 errors and 1 warning".
 * Estonian: singular nominative after 1 ("1 viga", "1 hoiatus"), partitive after others ("2 viga", "3 hoiatust").
 */
export function countText(errors: number, warnings: number, lang: Language): string {
  const e = countOf(errors, 'error', lang);
  const w = countOf(warnings, 'warning', lang);
  const and = lang === 'et' ? 'ja' : 'and';
  if (errors > 0 && warnings > 0) return `${e} ${and} ${w}`;
  if (errors > 0) return e;
  return w;
}
