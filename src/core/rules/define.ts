/** How a rule is declared: its metadata and a check that reports findings. Every rule file uses this. */
import type { Finding, Fix } from '../findings';
import type { SectionId } from '../profile-types';
import type { Bilingual } from '../text';
import type { Rule, RuleContext } from './rule';

/** What a rule reports; the rule's id and severity are filled in by `defineRule`. */
export interface Report {
  message: Bilingual;
  section?: SectionId;
  subject?: string;
  block: number;
  /** The block's text or the offending fragment. */
  text: string;
  fix?: Fix;
}

export type RuleMeta = Pick<Rule, 'id' | 'severity' | 'layer' | 'houseRule' | 'description'>;

export type Reporter = (r: Report) => void;

/** Declares a rule: `check` calls `report` for each finding. */
export function defineRule(meta: RuleMeta, check: (ctx: RuleContext, report: Reporter) => void): Rule {
  return {
    ...meta,
    check(ctx) {
      const findings: Finding[] = [];
      check(ctx, (r) => {
        const finding: Finding = {
          rule: meta.id,
          severity: meta.severity,
          message: r.message,
          location: { block: r.block, text: r.text },
        };
        if (r.section) finding.section = r.section;
        if (r.subject !== undefined) finding.subject = r.subject;
        if (r.fix) finding.fix = r.fix;
        findings.push(finding);
      });
      return findings;
    },
  };
}
