/** All rules of the engine, in a stable order: structure, content, wording, competencies, readiness. */
import type { Rule } from './rule';
import { notJobDescription } from './not-job-description';
import { languageNotEstonian } from './language-not-estonian';
import { titleMissing } from './title-missing';
import { sectionMissing } from './section-missing';
import { sectionOrder } from './section-order';
import { sectionDuplicate } from './section-duplicate';
import { sectionNumbering } from './section-numbering';
import { fieldEmpty } from './field-empty';
import { purposeEmpty } from './purpose-empty';
import { dutyWithoutResult } from './duty-without-result';
import { dutyNumbering } from './duty-numbering';
import { textDuplicate } from './text-duplicate';
import { languageLevelMissing } from './language-level-missing';
import { languageLevelInvalid } from './language-level-invalid';
import { languageLevelAboveMax } from './language-level-above-max';
import { terminologyMismatch } from './terminology-mismatch';
import { knownTypo } from './known-typo';
import { placeholderLeft } from './placeholder-left';
import { competencyCoreMissing } from './competency-core-missing';
import { competencyDuplicate } from './competency-duplicate';
import { competencyOutdated } from './competency-outdated';
import { competencyRetired } from './competency-retired';
import { competencyUnknown } from './competency-unknown';
import { signatureBlockMissing } from './signature-block-missing';
import { trackedChanges } from './tracked-changes';
import { commentsOpen } from './comments-open';

export const allRules: Rule[] = [
  languageNotEstonian,
  notJobDescription,
  titleMissing,
  sectionMissing,
  sectionOrder,
  sectionDuplicate,
  sectionNumbering,
  fieldEmpty,
  purposeEmpty,
  dutyWithoutResult,
  dutyNumbering,
  textDuplicate,
  languageLevelMissing,
  languageLevelInvalid,
  languageLevelAboveMax,
  terminologyMismatch,
  knownTypo,
  placeholderLeft,
  competencyCoreMissing,
  competencyDuplicate,
  competencyOutdated,
  competencyRetired,
  competencyUnknown,
  signatureBlockMissing,
  trackedChanges,
  commentsOpen,
];

const byId = new Map(allRules.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
