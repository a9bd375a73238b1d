import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock 4 loads office-addin-manifest only for its OfficeApp names, and that package
// pulls an ES-module-only dependency (strip-bom) that jest's CommonJS runtime cannot parse.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));
import { MINIMUM_WORD_API, UNSUPPORTED_WORD, supportMessage, wordSupport, type RequirementChecker } from '../../src/word/requirements';

/** Office.context.requirements of a Word that supports the given sets, via office-addin-mock. */
function requirementsOf(sets: Record<string, string>): RequirementChecker {
  const office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => sets[name] !== undefined && Number(sets[name]) >= Number(version),
      },
    },
  });
  return office.context.requirements as RequirementChecker;
}

describe('wordSupport', () => {
  it('needs WordApi 1.3 for the core, and turns on optional features by set', () => {
    expect(MINIMUM_WORD_API).toBe('1.3');
    expect(wordSupport(requirementsOf({ WordApi: '1.3' }))).toEqual({ core: true, comments: false, trackedChanges: false, events: false, allCaps: false });
    expect(wordSupport(requirementsOf({ WordApi: '1.4' }))).toMatchObject({ core: true, comments: true, trackedChanges: false });
    expect(wordSupport(requirementsOf({ WordApi: '1.6', WordApiDesktop: '1.3' }))).toEqual({
      core: true, comments: true, trackedChanges: true, events: true, allCaps: true,
    });
    expect(wordSupport(requirementsOf({ WordApi: '1.2' })).core).toBe(false);
  });

  it('treats a host that throws, or no Office at all, as lacking the sets instead of crashing', () => {
    const throwing: RequirementChecker = { isSetSupported: () => { throw new Error('unknown set'); } };
    expect(wordSupport(throwing).core).toBe(false);
    expect(wordSupport(undefined).core).toBe(false);
    expect(() => wordSupport()).not.toThrow(); // no global Office in this test
  });
});

describe('supportMessage', () => {
  it('gives the Bilingual message (Estonian first) for a Word without WordApi 1.3', () => {
    const message = supportMessage(wordSupport(requirementsOf({ WordApi: '1.1' })));
    expect(message).toEqual(UNSUPPORTED_WORD);
    expect(message?.et).toMatch(/Wordi versioon/);
    expect(message?.en).toMatch(/version of Word/);
  });

  it('warns that tracked changes and comments are not counted on older Word, and is silent on a full one', () => {
    expect(supportMessage(wordSupport(requirementsOf({ WordApi: '1.3' })))?.et).toMatch(/jälitatud muudatusi/);
    expect(supportMessage(wordSupport(requirementsOf({ WordApi: '1.7' })))).toBeUndefined();
  });
});
