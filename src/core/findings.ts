import type { Bilingual } from './text';
import type { Edit } from './content';
import type { Location } from './snapshot';
import type { SectionId } from './profile-types';

export type Severity = 'error' | 'warning' | 'info';

/** A mechanical fix the add-in can apply in one batch; always undoable in Word. */
export interface Fix {
  description: Bilingual;
  edits: Edit[];
}

export interface Finding {
  /** The rule's stable id, e.g. "section-missing". */
  rule: string;
  severity: Severity;
  /** Names the place and says what to do. */
  message: Bilingual;
  /** The section the finding belongs to, for grouping in the pane. */
  section?: SectionId;
  /** What the finding is about, stable across edits: a field or section id, a competency's name, a language. */
  subject?: string;
  location: Location;
  fix?: Fix;
  /** The rule made a fix, but it was not offered: applied and checked again, it did not hold. */
  fixWithheld?: boolean;
}
