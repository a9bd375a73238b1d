import type { Bilingual } from '../../core/text';

/** The Võrdle tab's fixed texts, Estonian first. */
export const S = {
  heading: { et: 'Võrdle eelmise versiooniga', en: 'Compare with the previous version' },
  intro: {
    et: 'Valige eelmine versioon: .docx või digiallkirjastatud ümbrik (.asice, .sce, .bdoc). Fail loetakse siin paanis, seda ei saadeta kuhugi.',
    en: 'Choose the previous version: a .docx or a digitally signed container (.asice, .sce, .bdoc). The file is read here in the pane and is not uploaded anywhere.',
  },
  choose: { et: 'Vali eelmine versioon…', en: 'Choose the previous version…' },
  again: { et: 'Võrdle uuesti', en: 'Compare again' },
  comparing: { et: 'Võrdlen…', en: 'Comparing…' },
  previous: { et: 'Eelmine versioon', en: 'Previous version' },
  container: { et: 'digiallkirjastatud ümbrikus', en: 'in a signed container' },
  current: { et: 'praegune dokument', en: 'the current document' },
  tooLarge: { et: 'Fail on liiga suur (üle {mb} MB).', en: 'The file is too large (over {mb} MB).' },
  unreadable: { et: 'Faili „{name}“ ei saanud lugeda: {reason}', en: 'Could not read "{name}": {reason}' },
  count: { et: '{n} muudatust', en: '{n} changes' },
  countOne: { et: '1 muudatus', en: '1 change' },
  changesLabel: { et: 'Muudatused', en: 'Changes' },
  goTo: { et: 'Näita dokumendis', en: 'Show in the document' },
  copy: { et: 'Kopeeri kokkuvõte', en: 'Copy the summary' },
  copied: {
    et: 'Kokkuvõte on kopeeritud. Saatke see töötajale koos uue versiooniga.',
    en: 'The summary has been copied. Send it to the employee with the new version.',
  },
  copyFailed: {
    et: 'Ei saanud kopeerida. Valige allolev tekst ja kopeerige see käsitsi.',
    en: 'Could not copy. Select the text below and copy it by hand.',
  },
  summaryLabel: { et: 'Muudatuste kokkuvõte', en: 'Summary of the changes' },
} satisfies Record<string, Bilingual>;
