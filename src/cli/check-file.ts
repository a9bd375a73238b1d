import { checkDocument, type CheckResult } from '../core/engine';
import type { Catalogue } from '../core/catalogue/types';
import type { HouseRules } from '../core/house-rules';
import type { DocumentSnapshot } from '../core/snapshot';
import type { StructureProfile } from '../core/profile-types';
import { allRules } from '../core/rules';
import type { Language } from '../core/text';
import { DocxError } from '../docx/errors';
import { DEFAULT_LIMITS, readDocx } from '../docx/read';
import { InputError, readInput, type Input } from './files';
import type { FileReport } from './format/types';
import { oneLine } from './terminal';

export interface CheckFileOptions {
  /** Language of the reason given for an unreadable file. */
  lang: Language;
  profiles: StructureProfile[];
  profileId?: string;
  catalogue?: Catalogue;
  /** The organisation's house rules (else those of the catalogue's organisation, else none). */
  houseRules?: HouseRules;
}

/** Reads and checks one .docx (the work jd-check does per file). Throws DocxError when unreadable. */
export function checkBytes(bytes: Uint8Array, options: CheckFileOptions): CheckResult {
  return checkSnapshot(readDocx(bytes), options);
}

/** Checks a document read already (jd-check --fix checks each state of a file it writes). */
export function checkSnapshot(snapshot: DocumentSnapshot, options: CheckFileOptions): CheckResult {
  return checkDocument(snapshot, {
    profiles: options.profiles,
    profileId: options.profileId,
    catalogue: options.catalogue,
    houseRules: options.houseRules,
    rules: allRules,
  });
}

/** One file's report: its check, or the one-line reason it could not be read or checked. */
export function checkFile(input: Input, options: CheckFileOptions): FileReport {
  const { file } = input;
  if (input.error) return { file, error: input.error[options.lang] };
  try {
    // The engine lists at most MAX_FINDINGS_PER_RULE findings of a rule, so even a crafted file's report stays small.
    return { file, result: checkBytes(readInput(file, DEFAULT_LIMITS.maxFileBytes), options) };
  } catch (e) {
    if (e instanceof InputError) return { file, error: e.reason[options.lang] };
    return { file, error: e instanceof DocxError ? e.bilingual[options.lang] : oneLine(e) };
  }
}
