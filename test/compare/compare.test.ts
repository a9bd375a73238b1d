import { compareDocuments, type Change } from '../../src/core/compare';
import { changeSummary, describeChange } from '../../src/core/compare-text';
import { similarity, pairByContent } from '../../src/core/compare-pairs';
import { defaultProfiles } from '../../src/core/profiles';
import { ametnikSeedSnapshot } from '../core/seed-snapshots';
import { baseVersion, edited, versionSnapshot } from './versions';

const base = () => versionSnapshot(baseVersion());
const changes = (after: ReturnType<typeof base>, before = base()): Change[] => compareDocuments(before, after).changes;
/** The changes without their blocks, for comparing with what a test expects. */
const plain = (list: Change[]) => list.map(({ block: _block, ...c }) => c);

describe('compare: nothing changed', () => {
  it('the same version twice has no change (and the seed too)', () => {
    expect(changes(base())).toEqual([]);
    expect(compareDocuments(ametnikSeedSnapshot(), ametnikSeedSnapshot()).changes).toEqual([]);
  });

  it('renumbering alone is no change: other numbers, another style, the duties in another order', () => {
    expect(changes(edited((v) => (v.number = (i) => `3.${i + 1}.`)))).toEqual([]);
    expect(changes(edited((v) => (v.number = (i) => `${i + 10}`)))).toEqual([]);
    expect(changes(edited((v) => v.duties.reverse()))).toEqual([]);
  });

  it('a duty put first, the others renumbered after it: one change, the added duty', () => {
    const after = edited((v) => v.duties.unshift(['Pressiteadete koostamine.', ['Pressiteated on avaldatud.']]));
    expect(plain(changes(after))).toEqual([{ section: 'ulesanded', kind: 'added', what: 'duty', old: null, new: 'Pressiteadete koostamine.' }]);
  });

  it('case, spacing and punctuation alone are no change', () => {
    const after = edited((v) => {
      v.rights[0] = 'Saada  tööülesannete täitmiseks vajalikku infot.';
      v.fields[2][1] = 'perehüvitiste valdkonna juht';
    });
    expect(changes(after)).toEqual([]);
  });
});

describe('compare: each kind of change', () => {
  it('a field changed: the manager', () => {
    const after = edited((v) => (v.fields[2][1] = 'Hüvitiste osakonna juhataja'));
    const found = changes(after);
    expect(plain(found)).toEqual([
      { section: 'uldosa', kind: 'changed', what: 'field', subject: 'vahetu_juht', old: 'Perehüvitiste valdkonna juht', new: 'Hüvitiste osakonna juhataja' },
    ]);
    expect(after.blocks[found[0].block!].text).toBe('Hüvitiste osakonna juhataja');
  });

  it('a field added and one removed', () => {
    const after = edited((v) => {
      v.fields.pop();
      v.fields.push(['1.5 Keda asendab', 'Peaspetsialisti']);
    });
    expect(plain(changes(after))).toEqual([
      { section: 'uldosa', kind: 'removed', what: 'field', subject: 'asendaja', old: 'Nõunik', new: null },
      { section: 'uldosa', kind: 'added', what: 'field', subject: 'asendatav', old: null, new: 'Peaspetsialisti' },
    ]);
  });

  it('a duty removed, and one reworded (matched by its words, not its number)', () => {
    const after = edited((v) => {
      v.duties.splice(0, 1);
      v.duties[0][0] = 'Teavituskampaaniate ja infopäevade kavandamine ning läbiviimine.';
    });
    const found = changes(after);
    expect(plain(found)).toEqual([
      {
        section: 'ulesanded', kind: 'changed', what: 'duty',
        old: 'Teavituskampaaniate kavandamine ja läbiviimine.', new: 'Teavituskampaaniate ja infopäevade kavandamine ning läbiviimine.',
      },
      { section: 'ulesanded', kind: 'removed', what: 'duty', old: 'Teavitusmaterjalide koostamine ja levitamine erinevate kanalite kaudu.', new: null },
    ]);
    // A removed duty points at its section's heading in the new version.
    expect(after.blocks[found[1].block!].text).toBe('3. TEENISTUSKOHUSTUSED');
  });

  it('an expected result changed, added and removed, named by the duty\'s new number', () => {
    const after = edited((v) => {
      v.duties.unshift(['Pressiteadete koostamine.', ['Pressiteated on avaldatud.']]);
      v.duties[1][1] = ['Materjalid on välja töötatud, testitud ning sihtgruppideni viidud.'];
      v.duties[3][1] = ['Küsitlused on läbi viidud.'];
      v.duties[4][1].push('Juhile on aru antud.');
    });
    expect(plain(changes(after)).filter((c) => c.what === 'result')).toEqual([
      { section: 'ulesanded', kind: 'changed', what: 'result', subject: '3.2', old: 'Materjalid on välja töötatud ning sihtgruppideni viidud.', new: 'Materjalid on välja töötatud, testitud ning sihtgruppideni viidud.' },
      { section: 'ulesanded', kind: 'removed', what: 'result', subject: '3.4', old: 'Tulemused on analüüsitud.', new: null },
      { section: 'ulesanded', kind: 'added', what: 'result', subject: '3.5', old: null, new: 'Juhile on aru antud.' },
    ]);
  });

  it('a right added and a responsibility removed', () => {
    const after = edited((v) => {
      v.rights.push('esindada ametit töörühmades;');
      v.responsibilities.pop();
    });
    expect(plain(changes(after))).toEqual([
      { section: 'oigused', kind: 'added', what: 'item', old: null, new: 'esindada ametit töörühmades;' },
      { section: 'vastutus', kind: 'removed', what: 'item', old: 'riigi vara heaperemeheliku kasutamise eest.', new: null },
    ]);
  });

  it('requirements: education and experience changed, a language level changed, a language added', () => {
    const after = edited((v) => {
      v.education = 'Magistrikraad';
      v.experience = 'Vähemalt 3-aastane töökogemus avalikus sektoris.';
      v.languages[0] = 'Eesti keele valdamine vähemalt tasemel B2.';
      v.languages.push('Vene keele oskus vähemalt tasemel A2.');
    });
    expect(plain(changes(after))).toEqual([
      { section: 'nouded', kind: 'changed', what: 'requirement', subject: 'education', old: 'Kõrgharidus', new: 'Magistrikraad' },
      {
        section: 'nouded', kind: 'changed', what: 'requirement', subject: 'experience',
        old: 'Vähemalt 2-aastane töökogemus avalikus sektoris.', new: 'Vähemalt 3-aastane töökogemus avalikus sektoris.',
      },
      {
        section: 'nouded', kind: 'changed', what: 'requirement', subject: 'language', language: 'eesti',
        old: 'Eesti keele valdamine vähemalt tasemel C1.', new: 'Eesti keele valdamine vähemalt tasemel B2.',
      },
      { section: 'nouded', kind: 'added', what: 'requirement', subject: 'language', language: 'vene', old: null, new: 'Vene keele oskus vähemalt tasemel A2.' },
    ]);
  });

  it('the same language level in other words is no change', () => {
    expect(changes(edited((v) => (v.languages[0] = 'Eesti keele oskus C1-tasemel.')))).toEqual([]);
  });

  it('competencies: one added, one removed, one whose text changed', () => {
    const after = edited((v) => {
      v.competencies[0][1][1] = 'Näitab üles austust avalikkuse ja kolleegide suhtes.';
      v.competencies.splice(1, 1, ['Efektiivsus', ['Organiseerib oma tööd efektiivselt.']]);
    });
    expect(plain(changes(after))).toEqual([
      {
        section: 'nouded', kind: 'changed', what: 'competency', subject: 'Kliendikesksus',
        old: 'Lähtub töös kliendi vajadustest. Näitab üles austust kolleegide suhtes.',
        new: 'Lähtub töös kliendi vajadustest. Näitab üles austust avalikkuse ja kolleegide suhtes.',
      },
      { section: 'nouded', kind: 'added', what: 'competency', subject: 'Efektiivsus', old: null, new: 'Efektiivsus' },
      { section: 'nouded', kind: 'removed', what: 'competency', subject: 'Koostöövõime', old: 'Koostöövõime', new: null },
    ]);
  });

  it('the purpose reworded', () => {
    const after = edited((v) => (v.purpose = 'Ametikoha eesmärk on klientide nõustamine.'));
    expect(plain(changes(after))).toEqual([
      { section: 'eesmark', kind: 'changed', what: 'item', subject: 'purpose', old: baseVersion().purpose, new: 'Ametikoha eesmärk on klientide nõustamine.' },
    ]);
  });
});

describe('pairing by content', () => {
  it('words with other endings count as the same word; unrelated texts share nothing', () => {
    expect(similarity('Materjalide koostamine', 'materjalide koostamise')).toBe(1);
    expect(similarity('Teavituskampaaniate kavandamine', 'Eelarve koostamine')).toBe(0);
  });

  it('pairs equal texts first and the most alike next, and leaves a poor match unpaired', () => {
    const p = pairByContent(['a b c', 'tööde planeerimine', 'eelarve koostamine'], ['eelarve koostamine ja jälgimine', 'a b c', 'täiesti uus asi'], (s) => s);
    expect(p.pairs).toEqual([['eelarve koostamine', 'eelarve koostamine ja jälgimine'], ['a b c', 'a b c']]);
    expect(p.removed).toEqual(['tööde planeerimine']);
    expect(p.added).toEqual(['täiesti uus asi']);
  });
});

describe('the changes in words', () => {
  const after = edited((v) => {
    v.fields[2][1] = 'Osakonna juhataja';
    v.duties.push(['Pressiteadete koostamine.', ['Pressiteated on avaldatud.']]);
    v.languages[0] = 'Eesti keele valdamine vähemalt tasemel B2.';
  });
  const found = changes(after);

  it('one line per change, in Estonian and in English', () => {
    expect(found.map((c) => describeChange(c, 'et'))).toEqual([
      'Vahetu juht – muudetud: „Perehüvitiste valdkonna juht“ → „Osakonna juhataja“',
      'Ülesanne – lisatud: „Pressiteadete koostamine.“',
      'Keeleoskus (eesti) – muudetud: „Eesti keele valdamine vähemalt tasemel C1.“ → „Eesti keele valdamine vähemalt tasemel B2.“',
    ]);
    expect(describeChange(found[1], 'en')).toBe('Duty – added: "Pressiteadete koostamine."');
  });

  it('the summary to send: the two versions, the changes under their sections, the notes', () => {
    const text = changeSummary(found, defaultProfiles()[0], 'et', { old: 'vana.asice', new: 'uus.docx' }, ['Digiallkirju ei kontrollitud.']);
    expect(text).toBe(
      [
        'Ametijuhendi muudatused', 'Eelmine versioon: vana.asice', 'Uus versioon: uus.docx', '',
        '1. Üldosa', '- Vahetu juht – muudetud: „Perehüvitiste valdkonna juht“ → „Osakonna juhataja“', '',
        '3. Teenistuskohustused', '- Ülesanne – lisatud: „Pressiteadete koostamine.“', '',
        '7. Ametikohale esitatavad nõuded',
        '- Keeleoskus (eesti) – muudetud: „Eesti keele valdamine vähemalt tasemel C1.“ → „Eesti keele valdamine vähemalt tasemel B2.“', '',
        'Digiallkirju ei kontrollitud.',
      ].join('\n') + '\n',
    );
    expect(changeSummary([], defaultProfiles()[0], 'en', { old: 'a', new: 'b' })).toMatch(/No changes in substance\.\n$/);
  });
});
