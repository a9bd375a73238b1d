import ametnikJson from '../../data/profiles/ametnik.json';
import { DataError } from '../../src/core/schema';
import { defaultProfiles, detectProfile, loadProfile } from '../../src/core/profiles';
import { findTerm } from '../../src/core/normalize';
import { SECTION_IDS, FIELD_IDS, type StructureProfile } from '../../src/core/profile-types';
import { ametnikSeedSnapshot, snapshotFromLines, tootajaSeedSnapshot } from './seed-snapshots';

const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(ametnikJson));

function dataError(fn: () => unknown): DataError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('no DataError thrown');
}

describe('loadProfile', () => {
  it('loads the shipped profiles with every section and field', () => {
    const profiles = defaultProfiles();
    expect(profiles.map((p) => p.id)).toEqual(['ametnik', 'tootaja']);
    for (const p of profiles) {
      expect(p.sections.map((s) => s.id)).toEqual(SECTION_IDS);
      expect(p.fields.map((f) => f.id)).toEqual(FIELD_IDS);
    }
  });

  it('names the file and the missing field', () => {
    const json = clone();
    delete json.title;
    const error = dataError(() => loadProfile(json, 'profiles/custom.json'));
    expect(error.file).toBe('profiles/custom.json');
    expect(error.field).toBe('title');
    expect(error.message).toBe('profiles/custom.json: title: is required');
  });

  it('names a nested bad field', () => {
    const json = clone();
    (json.sections as { id: string }[])[2].id = 'kohustused';
    const error = dataError(() => loadProfile(json, 'x.json'));
    expect(error.field).toBe('sections.2.id');
    expect(error.reason).toMatch(/must be one of/);
  });

  it('rejects an upper-case vocabulary word and an unknown field', () => {
    const json = clone();
    (json.vocabulary as { own: string[] }).own.push('Ametikoht');
    expect(dataError(() => loadProfile(json, 'x.json')).field).toBe('vocabulary.own.6');
    const extra = { ...clone(), colour: 'red' };
    expect(dataError(() => loadProfile(extra, 'x.json')).field).toBe('colour');
  });

  it('rejects a section listed twice', () => {
    const json = clone();
    const sections = json.sections as { id: string }[];
    sections[3].id = sections[2].id;
    const error = dataError(() => loadProfile(json, 'x.json'));
    expect(error.field).toBe('sections.3.id');
    expect(error.reason).toMatch(/twice/);
  });
});

describe('detectProfile', () => {
  const profiles = defaultProfiles();

  it('picks ametnik for seed 000 and tootaja for seed 001', () => {
    expect(detectProfile(ametnikSeedSnapshot(), profiles).profile.id).toBe('ametnik');
    expect(detectProfile(tootajaSeedSnapshot(), profiles).profile.id).toBe('tootaja');
  });

  it('recognises an employee document without the marker by its headings and words', () => {
    const snapshot = tootajaSeedSnapshot();
    snapshot.blocks[0].text = '';
    expect(detectProfile(snapshot, profiles).profile.id).toBe('tootaja');
  });

  it('lets the marker decide over civil-servant wording (the wording is then the mistake)', () => {
    const snapshot = ametnikSeedSnapshot();
    snapshot.blocks[1].text = 'Töölepingu juurde kuuluv lisa';
    expect(detectProfile(snapshot, profiles).profile.id).toBe('tootaja');
  });

  it('recognises the marker alone', () => {
    expect(detectProfile(snapshotFromLines(['Töölepingu juurde kuuluv lisa', 'AMETIJUHEND']), profiles).profile.id).toBe('tootaja');
  });

  it('reads with ametnik but says the variant is not known when nothing decides, whatever the order of profiles', () => {
    const reversed = [...profiles].reverse();
    expect(detectProfile(snapshotFromLines([]), reversed)).toEqual({ profile: profiles[0], known: false });
    expect(detectProfile(snapshotFromLines(['Tere!', 'Kohtumiseni.']), reversed)).toEqual({ profile: profiles[0], known: false });
  });

  it('weighs the words that name the variant; "teenistuja" and "teenistuskoht" count for neither', () => {
    const neutral = snapshotFromLines(['AMETIJUHEND', 'Teenistuskoha nimetus: nõunik', 'Teenistuja asendaja: nõunik', 'Teenistujal on õigus saada teavet.']);
    expect(detectProfile(neutral, profiles).known).toBe(false);
    const servant = snapshotFromLines(['AMETIJUHEND', 'Teenistuskoha nimetus: nõunik', 'Ametisse nimetab peadirektor.', 'Ametnik vastutab ülesannete täitmise eest.']);
    expect(detectProfile(servant, profiles)).toEqual({ profile: profiles[0], known: true });
    const school = snapshotFromLines(['Kehtna Põhikooli direktori käskkirjaga', 'Ametijuhend', 'Õpetaja']);
    expect(detectProfile(school, profiles)).toEqual({ profile: profiles[1], known: true });
  });

  it('looks for the words of the top of the document below the approval lines, which take no room there', () => {
    const own = ['Klassijuhataja tegevusjuhend', 'I. ÜLDSÄTTED', '1. Klassijuhataja juhib oma klassi tööd.', '2. Tööd on palju.', '3. Tööd suunab huvijuht.', '4. Õpetaja aruanne esitatakse kord aastas.', '5. Klassijuhataja on õpetaja.'];
    const approved = ['Näidiskool', 'KINNITATUD', 'direktori 12.01.2026', 'käskkirjaga nr 1-2/4', 'Lisa 2', ...own];
    expect(detectProfile(snapshotFromLines(own), profiles).profile.id).toBe('tootaja');
    expect(detectProfile(snapshotFromLines(approved), profiles)).toEqual({ profile: profiles[1], known: true });
    // Other lines above do take room: the window ends before the word.
    const letter = ['Näidiskool', 'Tere', 'Palun', 'vaadake', 'üle', ...own];
    expect(detectProfile(snapshotFromLines(letter), profiles).known).toBe(false);
  });

  it('takes an employer in a name ("Põhikooli"), not a common word ("kooli sotsiaalpedagoog")', () => {
    const notSchool = snapshotFromLines(['AMETIJUHEND', 'Teeb koostööd kooli sotsiaalpedagoogiga.', 'Osaleb koolitustel.']);
    expect(detectProfile(notSchool, profiles).known).toBe(false);
  });

  it('lets the document’s own wording outweigh a stray word of the other variant', () => {
    const snapshot = ametnikSeedSnapshot();
    const at = snapshot.blocks.findIndex((b) => b.text.includes('teenuseomanikega'));
    expect(at).toBeGreaterThan(0);
    snapshot.blocks[at] = { ...snapshot.blocks[at], text: `${snapshot.blocks[at].text} Töötaja teavitab tööandjat.` };
    expect(detectProfile(snapshot, profiles)).toEqual({ profile: profiles[0], known: true });
  });
});

describe('vocabulary', () => {
  const [ametnik, tootaja] = defaultProfiles();
  const hits = (profile: StructureProfile, snapshot = ametnikSeedSnapshot()): string[] =>
    snapshot.blocks.flatMap((b) => profile.vocabulary.foreign.filter((f) => findTerm(b.text, f.word)).map((f) => f.word));

  it('finds no foreign word in either seed under its own profile', () => {
    expect(hits(ametnik, ametnikSeedSnapshot())).toEqual([]);
    expect(hits(tootaja, tootajaSeedSnapshot())).toEqual([]);
  });

  it("finds the other variant's words when the profile is wrong", () => {
    expect(new Set(hits(tootaja, ametnikSeedSnapshot()))).toEqual(
      new Set(['ametikoha', 'teenistuskohustused', 'ametnikul on õigus', 'ametnik vastutab', 'ametniku kasutusse']),
    );
    expect(new Set(hits(ametnik, tootajaSeedSnapshot()))).toEqual(
      new Set(['töökoha', 'tööülesanded', 'töötajal on õigus', 'töötaja vastutab', 'töötaja kasutusse']),
    );
  });

  it('never suggests a replacement that is itself a foreign word', () => {
    for (const profile of [ametnik, tootaja]) {
      for (const { replacement } of profile.vocabulary.foreign) {
        expect(profile.vocabulary.foreign.filter((f) => findTerm(replacement, f.word))).toEqual([]);
      }
    }
  });
});
