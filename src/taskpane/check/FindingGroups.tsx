import { Subtitle2 } from '@fluentui/react-components';
import type { CheckResult } from '../../core/engine';
import type { Finding } from '../../core/findings';
import type { SectionDef } from '../../core/profile-types';
import { useLang, useStrings } from '../i18n';
import { sectionLabel } from '../sections';
import { FindingItem, type FindingActions } from './FindingItem';
import { useFindingStyles } from './findingStyles';
import { messageIn } from './messages';

interface Group {
  key: string;
  title: string;
  /** The section of the group, whose name its findings need not say again. */
  section?: SectionDef;
  findings: Finding[];
}

/** Findings under their section's heading, in the profile's order; document-wide ones first; dismissed ones apart. */
export function groupFindings(result: CheckResult, documentTitle: string): Group[] {
  const groups: Group[] = [{ key: 'document', title: documentTitle, findings: [] }];
  for (const s of result.profile.sections) groups.push({ key: s.id, title: sectionLabel(s.number, s.title), section: s, findings: [] });
  for (const f of result.findings) {
    if (f.dismissed) continue;
    const group = groups.find((g) => g.key === f.section) ?? groups[0];
    group.findings.push(f);
  }
  return groups.filter((g) => g.findings.length > 0);
}

export function FindingGroups({ result, actions }: { result: CheckResult; actions: FindingActions }) {
  const styles = useFindingStyles();
  const t = useStrings();
  const lang = useLang();
  const groups = groupFindings(result, t('documentGroup'));
  const dismissed = result.findings.filter((f) => f.dismissed);
  if (groups.length === 0 && dismissed.length === 0) return null;
  if (dismissed.length > 0) groups.push({ key: 'dismissed', title: `${t('dismissedGroup')} (${dismissed.length})`, findings: dismissed });
  return (
    <section className={styles.groups} aria-label={t('findingsHeading')}>
      {groups.map((g) => (
        <div key={g.key}>
          <Subtitle2 as="h2" className={styles.heading} id={`findings-${g.key}`}>
            {g.title}
          </Subtitle2>
          <ul className={styles.list} aria-labelledby={`findings-${g.key}`}>
            {g.findings.map((f, i) => (
              <FindingItem key={`${f.rule}-${f.location.block}-${i}`} finding={f} message={messageIn(f, g.section, lang)} actions={actions} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
