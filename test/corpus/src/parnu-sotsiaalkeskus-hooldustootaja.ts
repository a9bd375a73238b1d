// Pärnu Sotsiaalkeskus (a social welfare institution of the city of Pärnu; its home-care unit is the
// Eakate Avahoolduskeskus): a care worker's "tööülesannete kirjeldus" published on the institution's
// site among its staff pages. No part 1 and no purpose: the document opens straight with
// "Hooldustöötaja kohustused on:" and typed-number duties, each with a "sh:" list of real bullets;
// the title is "Hooldustöötaja tööülesannete kirjeldus", not "AMETIJUHEND"; rights, responsibility,
// subordination and requirements follow as "Hooldustöötajal on õigus:"-style lead-in lines.
// Seen in the source: the title, the lead-in and duty 1 with its bullets (from the page's beginning).
// Completed in the common form of such municipal duty descriptions: duties 2–4, the rights and
// responsibility lists, the subordination and substitution sentences and the requirements.
import { LISTS, li, p, type CorpusDoc } from '../lib/docx-builder';

const bullet = (text: string) => li(text, 'bullets');

export const doc: CorpusDoc = {
  lists: { bullets: LISTS.bullet },
  body: [
    p('Hooldustöötaja tööülesannete kirjeldus', { bold: true, align: 'center' }),
    p(''),
    p('Hooldustöötaja kohustused on:', { bold: true }),
    p(
      '1. Koduhooldusteenuste osutamine Eakate Avahoolduskeskuse ja tema teenindatavate kõrvalabi vajavate isikute (edaspidi Klient) vahel sõlmitud teenuse osutamise lepingute ja teenuste nimekirjade järgi (iga Kliendi puhul tehtavad toimingud on kirjas lepingu lisas 1), sh:',
    ),
    bullet('tellimuste vastuvõtmine ning toidu, ravimite ja abivahendite toomine lähimast kauplusest või apteegist;'),
    bullet('abistamine toidu valmistamisel ja söömisel, valmistoidu soojendamine ja nõude pesemine;'),
    bullet('eluruumi esmane koristamine (põrandate pühkimine ja pesemine, tolmu võtmine, prügi väljaviimine, voodi korrastamine);'),
    bullet('ahjuküttega eluruumis puude tuppa toomine, ahju kütmine ja tuha väljaviimine, kaevuvee toomine ja heitvee väljaviimine;'),
    bullet('Kliendi saatmine arsti juurde, haiglasse ja ametiasutustesse;'),
    bullet('arsti koju kutsumine, vastuvõtuaja broneerimine, küttepuude ja pesupesemise tellimine, maksete tasumine ja dokumentide vormistamisel abistamine;'),
    bullet('lamava Kliendi hügieenitoimingud (pesemine, mähkmete vahetamine) ja kodune pesemine, kui selleks on ohutud tingimused;'),
    bullet('ise liikuva Kliendi abistamine hügieenitoimingutel ja vajaduse korral saunaskäigul.'),
    p('2. Kliendi tervisliku seisundi ja elutingimuste muutuste jälgimine ning neist juhatajale viivitamata teatamine.'),
    p('3. Osutatud teenuste arvestuse pidamine ja kuu lõpus teenuste aruande esitamine juhatajale.'),
    p('4. Koostöö Kliendi lähedaste, perearsti ja sotsiaaltöötajaga Kliendi abivajaduse hindamisel.'),
    p(''),
    p('Hooldustöötajal on õigus:', { bold: true }),
    bullet('saada juhatajalt ja kolleegidelt tööks vajalikku teavet ja juhendamist;'),
    bullet('keelduda toimingust, mis ohustab tema või Kliendi tervist, ja teatada sellest juhatajale;'),
    bullet('saada tööks vajalikud isikukaitsevahendid ja tööriided;'),
    bullet('osaleda erialastel koolitustel.'),
    p(''),
    p('Hooldustöötaja vastutab:', { bold: true }),
    bullet('tööülesannete kohusetundliku ja õigeaegse täitmise eest;'),
    bullet('Kliendi raha ja asjadega seotud tehingute õigsuse eest;'),
    bullet('Kliendi kohta teatavaks saanud isikuandmete hoidmise eest.'),
    p(''),
    p('Hooldustöötaja allub Eakate Avahoolduskeskuse juhatajale.'),
    p('Hooldustöötaja äraolekul asendab teda juhataja määratud hooldustöötaja.'),
    p(''),
    p('Nõuded hooldustöötajale:', { bold: true }),
    bullet('hooldustöötaja kutse või hooldustöötaja kutsestandardile vastav koolitus;'),
    bullet('eesti keele oskus B1-tasemel;'),
    bullet('B-kategooria juhiload;'),
    bullet('hoolivus, kannatlikkus ja hea suhtlemisoskus.'),
  ],
};
