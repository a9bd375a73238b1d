// Tammsaare 61 (an apartment association's house at Tammsaare 61; its site tammsaare61.ee, page
// "teade/vajame-majahoidja-koristajat"), undated: the duties of a caretaker-cleaner, published with a notice
// that the house needs one. Not an agency's or a school's form but the kind of duty list small private
// employers write: no title of the "AMETIJUHEND" kind, only the heading "Majahoidja- koristaja tööülesanded."
// (with the space after the hyphen, as published); no part 1, no purpose, no rights, no responsibility, no
// requirements. The duties are grouped under labels ending in a colon ("Sisekoristus: …" with a note on the
// house, "Väliskoristus lumevälisel perioodil:", "Väliskoristus talvisel ajal:", "Lipu heiskamine: …",
// "Erikokkulepped:"); inside "Sisekoristus" the groups are lettered by frequency ("A) Igapäevaselt:",
// "B) 2 X nädalas (…)", "C) …", "D) …", "E) …"), some followed by typed "1."-items, some a sentence; the typed
// numbers start again at 1 under every group. Two sentences about informing the board ("juhatus") and joining the
// house's work days stand unlabelled before "Erikokkulepped:". The board is never named as the manager.
// Seen in the source: all of it (the stored page holds the whole list, from the heading to "Erikokkulepped" 1–3).
// Completed: nothing. The page's own heading above the list (the notice) was not in the stored text and is left out.
// Planted: the misspelling "insidentidest" (for "intsidentidest") in the sentence about informing the board.
import { p, type CorpusDoc } from '../lib/docx-builder';

const L = (text: string) => p(text, { bold: true });

export const doc: CorpusDoc = {
  body: [
    p('Majahoidja- koristaja tööülesanded.', { bold: true }),
    L('Sisekoristus: viiekorruseline maja, kuus trepikoda'),
    p('A) Igapäevaselt:'),
    p('1. Trepikodade läbivaatamine, suuremate puuduste kõrvaldamine kohe.'),
    p('2. Tuulekodade märgkoristus, reklaamlehtede ja muu paberi äraviimine.'),
    p('3. Prügimaja ja selle ümbruse korrashoid; vajaduse korral konteinerite, eriti nende kaante, pesemine väljast.'),
    p('B) 2 X nädalas (esmaspäeval, neljapäeval)'),
    p('1. Trepimademete märgpesu kuni 1,5 korruseni.'),
    p('C) Üle nädala trepikodade märgpesu (1 -5 korrus)'),
    p('Vahepealsetel nädalatel vajaduse korral trepikodade kuivkoristus.'),
    p('D) Trepikäsipuud ja trepikoja uksed vastavalt vajadusele, kuid vähemalt kord kuus. Tolmu pühkimine trepikoja pindadelt, vajaduse korral seinte puhastamine (ämblikuvõrgud jm).'),
    p('E) Kord kuus keldrite ülevaatus ja vajaduse korral koristamine; juhatuse teavitamine, kui keldrisse on ladustatud esemeid, ning ummistuse korral kohe tegutsemine ja juhatuse teavitamine.'),
    L('Väliskoristus lumevälisel perioodil:'),
    p('1. Kevadel, suvel ja sügisel lehtede ja muu prahi koristamine krundil.'),
    p('2. Krundi heakorra tagamine iga päev.'),
    L('Väliskoristus talvisel ajal:'),
    p('Tammsaare tn äärne kõnnitee:'),
    p('vajaduse korral järelkoristus ja liivatamine'),
    p('1. Trepikodade esiste ning maja kõrval prügimajani viiva teeraja puhastamine lumest.'),
    p('Lumetõrjega tuleb olla õigel ajal, et lumi ei jääks kinni tallatuna.'),
    p('2. Teerada parkimisalal'),
    p([{ text: 'Lipu heiskamine:', bold: true }, ' seaduses ettenähtud päevadel heiskab ja langetab Eesti lipu']),
    p('Majahoidja-koristaja teavitab juhatust puudustest, avariidest ja muudest insidentidest ning vajaduse korral osaleb nende kõrvaldamisel.'),
    p('Osaleb maja korraldatud talgupäevadel.'),
    L('Erikokkulepped:'),
    p('1. Lume lükkamine parkimisalal maja taga.'),
    p('2. Muru niitmine'),
    p('3. Trepikoja akende pesemine seest'),
  ],
};
