// SÜG Sihtasutus (the foundation that ran Saaremaa Ühisgümnaasium), 2002: the gardener-caretaker's job description,
// published on the school's site among "töötajate ametijuhendid" (page "Aednik-majahoidja"). The foundation's old
// short form, as in its librarian's job description already in the corpus, but with other items: an approval
// block at the right ("KINNITATUD / SÜGi sihtasutuse / juhatuse liikme / 02.01. 2002. a. / käskkirjaga nr 9"), the
// heading "SÜG Sihtasutuse ametijuhend", then four typed-number "label:<TAB>value" items — 1. Ametinimetus,
// 2. Otsene ülem, 3. Tööpiirkond (a paragraph describing the grounds) and 4. Tööülesanded (one prose paragraph) —
// and a two-line acknowledgment. No qualification requirements, no purpose, no substitute, no rights and no
// responsibility: those gaps are the original's, not planted.
// Seen in the source: the whole document. Every sentence is rewritten; the labels, numbering and the approval facts
// are kept.
import { p, type CorpusDoc } from '../lib/docx-builder';

export const doc: CorpusDoc = {
  body: [
    p('KINNITATUD', { align: 'right' }),
    p('SÜGi sihtasutuse', { align: 'right' }),
    p('juhatuse liikme', { align: 'right' }),
    p('02.01. 2002. a.', { align: 'right' }),
    p('käskkirjaga nr 9', { align: 'right' }),
    p(''),
    p('SÜG Sihtasutuse ametijuhend', { bold: true, align: 'center' }),
    p([{ text: '1. Ametinimetus:', bold: true }, '\tAEDNIK-MAJAHOIDJA']),
    p([{ text: '2. Otsene ülem:', bold: true }, '\tõpilaskodu juhataja']),
    p([
      { text: '3. Tööpiirkond:', bold: true },
      'Majahoidja tööpiirkond on SÜG Sihtasutuse maa-ala: õuemaja juurest õpilaskodu prügikonteineriteni viiva tee ja Kingu tänava poolse aia vahel ning õuemaja ja õpilaskodu vahelise heki ja Juhan Smuuli tänava äärse aia vahel. Tööpiirkonda kuulub ka õpilaskodu välistrepp.',
    ]),
    p([
      { text: '4. Tööülesanded:', bold: true },
      'Aednik-majahoidja koristab tööpäeviti hommikul kella 8.00-ks tööpiirkonnast prahi ja viib selle prügikonteinerisse või kogub õpilaskodu juhatajaga kokkulepitud kohta äraveoks. Talvel lükkab ta lume välistrepilt, majast tänavani viivalt teelt ning teedelt peahoone ja prügikonteineri juurde. Suvel niidab ta muru, lõikab hekke, rajab lillepeenraid ja hoiab need korras ning kärbib vajaduse korral puid ja põõsaid. Kooli juhtkonnaga kokku leppides rajab ta uut haljastust. Töövahendid hangib majahoidjale SÜG Sihtasutus. Töös tekkivad probleemid lahendab majahoidja koos õpilaskodu juhatajaga.',
    ]),
    p(''),
    p(''),
    p('Olen juhendiga tutvunud'),
    p('ja kohustun seda täitma.'),
  ],
};
