/**
 * Which Word API requirement sets the add-in uses, checked at run time so that an older Word
 * gets a message (Estonian first) instead of a crash. The manifest asks for the minimum,
 * WordApi 1.3; everything newer is optional and degrades (see docs/word-adapter.md).
 */
import type { Bilingual } from '../core/text';

/** The minimum: paragraphs' styleBuiltIn/list/table properties, insertTable, lists, expandTo, addRows. */
export const MINIMUM_WORD_API = '1.3';

export interface WordSupport {
  /** WordApi 1.3: reading the document and every insertion. Without it the add-in cannot work. */
  core: boolean;
  /** WordApi 1.4: counting comments. */
  comments: boolean;
  /** WordApi 1.6: counting tracked changes, and paragraph change events. */
  trackedChanges: boolean;
  events: boolean;
  /** WordApiDesktop 1.3: the font's allCaps flag. */
  allCaps: boolean;
}

/** The part of Office.context.requirements we need (injectable for tests). */
export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

function defaultChecker(): RequirementChecker | undefined {
  return typeof Office !== 'undefined' ? Office.context?.requirements : undefined;
}

function isSupported(checker: RequirementChecker | undefined, set: string, version: string): boolean {
  try {
    return checker?.isSetSupported(set, version) === true;
  } catch {
    return false; // an old host that throws on an unknown set simply lacks it
  }
}

export function wordSupport(checker: RequirementChecker | undefined = defaultChecker()): WordSupport {
  const has = (set: string, version: string) => isSupported(checker, set, version);
  const v16 = has('WordApi', '1.6');
  return {
    core: has('WordApi', MINIMUM_WORD_API),
    comments: has('WordApi', '1.4'),
    trackedChanges: v16,
    events: v16,
    allCaps: has('WordApiDesktop', '1.3'),
  };
}

/** The sets the "Teave / About" part lists, oldest first. */
const LISTED_SETS: [string, string][] = [
  ...['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9'].map((v): [string, string] => ['WordApi', v]),
  ...['1.1', '1.2', '1.3'].map((v): [string, string] => ['WordApiDesktop', v]),
];

/** Which WordApi and WordApiDesktop versions this Word supports (for a support request). */
export function supportedSets(checker: RequirementChecker | undefined = defaultChecker()): { name: string; supported: boolean }[] {
  return LISTED_SETS.map(([set, version]) => ({ name: `${set} ${version}`, supported: isSupported(checker, set, version) }));
}

export const UNSUPPORTED_WORD: Bilingual = {
  et:
    'See Wordi versioon ei toeta ametijuhendi lisandmooduli vajalikke funktsioone (WordApi 1.3). ' +
    'Uuenda Microsoft 365 või ava dokument Word for the web’is.',
  en:
    'This version of Word does not support the features the job description add-in needs (WordApi 1.3). ' +
    'Update Microsoft 365 or open the document in Word for the web.',
};

const OPTIONAL_MISSING: Bilingual = {
  et: 'Selles Wordi versioonis ei loe lisandmoodul jälitatud muudatusi ega kommentaare; kontrolli neid enne allkirjastamist ise.',
  en: 'In this version of Word the add-in cannot count tracked changes or comments; check them yourself before signing.',
};

/** The message to show for missing features, or undefined when everything is there. Never throws. */
export function supportMessage(support: WordSupport = wordSupport()): Bilingual | undefined {
  if (!support.core) return UNSUPPORTED_WORD;
  if (!support.comments || !support.trackedChanges) return OPTIONAL_MISSING;
  return undefined;
}
