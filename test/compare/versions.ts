/**
 * Two versions of one job description for the comparison tests: a civil servant's, laid out as
 * the seed (part 1 and the duties as tables), built from a plain description that a test edits.
 */
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { snapshotFromLines, type SnapshotLine } from '../core/seed-snapshots';

export interface Version {
  fields: [label: string, value: string][];
  purpose: string;
  duties: [task: string, results: string[]][];
  /** The duty's typed number; "3.1" by default. */
  number: (i: number) => string;
  rights: string[];
  responsibilities: string[];
  education: string;
  experience: string;
  languages: string[];
  competencies: [name: string, bullets: string[]][];
}

export function baseVersion(): Version {
  return {
    fields: [
      ['1.1 Ametinimetus', 'Nõunik'],
      ['1.2 Struktuuriüksus', 'Hüvitiste osakond'],
      ['1.3 Vahetu juht', 'Perehüvitiste valdkonna juht'],
      ['1.4 Kes asendab', 'Nõunik'],
    ],
    purpose: 'Ametikoha eesmärk on perehüvitiste teavitustegevuste planeerimine ja klientide nõustamine.',
    duties: [
      ['Teavitusmaterjalide koostamine ja levitamine erinevate kanalite kaudu.', ['Materjalid on välja töötatud ning sihtgruppideni viidud.']],
      ['Teavituskampaaniate kavandamine ja läbiviimine.', ['Teavituskampaaniad on planeeritud ning läbi viidud.']],
      ['Kliendirahulolu küsitluste ettevalmistamine ja tulemuste analüüsimine.', ['Küsitlused on läbi viidud.', 'Tulemused on analüüsitud.']],
      ['Vahetu juhi ühekordsete ülesannete teostamine.', ['Ülesanded on tehtud tähtaegselt ja korrektselt.']],
    ],
    number: (i) => `3.${i + 1}`,
    rights: ['saada tööülesannete täitmiseks vajalikku infot;', 'osaleda ametikohale vajalikel koolitustel;'],
    responsibilities: ['tööülesannete tulemusliku täitmise eest;', 'riigi vara heaperemeheliku kasutamise eest.'],
    education: 'Kõrgharidus',
    experience: 'Vähemalt 2-aastane töökogemus avalikus sektoris.',
    languages: ['Eesti keele valdamine vähemalt tasemel C1.', 'Inglise keele oskus vähemalt tasemel B1.'],
    competencies: [
      ['Kliendikesksus', ['Lähtub töös kliendi vajadustest.', 'Näitab üles austust kolleegide suhtes.']],
      ['Koostöövõime', ['Tegutseb meeskonna liikmena.']],
    ],
  };
}

const cell = (table: number, row: number, col: number, text: string): SnapshotLine => ({ text, kind: 'cell', table: { table, row, col } });
const bullet = (text: string): SnapshotLine => ({ text, bullet: true, listLevel: 0 });

export function versionSnapshot(v: Version): DocumentSnapshot {
  const lines: SnapshotLine[] = ['AMETIJUHEND', '1. ÜLDOSA'];
  v.fields.forEach(([label, value], row) => lines.push(cell(0, row, 0, label), cell(0, row, 1, value)));
  lines.push('2. AMETIKOHA EESMÄRK', v.purpose, '3. TEENISTUSKOHUSTUSED', cell(1, 0, 0, 'Põhiülesanded'), cell(1, 0, 1, 'Oodatavad tulemused'));
  v.duties.forEach(([task, results], i) => {
    lines.push(cell(1, i + 1, 0, `${v.number(i)} ${task}`));
    for (const r of results.length ? results : ['']) lines.push(cell(1, i + 1, 1, r));
  });
  lines.push('4. ÕIGUSED', 'Ametnikul on õigus:', ...v.rights.map(bullet));
  lines.push('5. VASTUTUS', 'Ametnik vastutab:', ...v.responsibilities.map(bullet));
  lines.push('6. AMETIKOHALE ESITATAVAD NÕUDED', 'Haridus', v.education, 'Töökogemus', v.experience, 'Keeleoskus', ...v.languages);
  lines.push('Tööks vajalikud kompetentsid');
  for (const [name, bullets] of v.competencies) lines.push(`${name}:`, ...bullets.map(bullet));
  lines.push('(allkirjastatud digitaalselt)', 'Kadri Tamm', 'Peadirektor');
  return snapshotFromLines(lines);
}

/** A copy of the base version changed by `edit`. */
export function edited(edit: (v: Version) => void): DocumentSnapshot {
  const v = baseVersion();
  edit(v);
  return versionSnapshot(v);
}
