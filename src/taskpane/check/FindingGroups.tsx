import {
  Button,
  Subtitle2,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { CheckResult } from '../../core/engine';
import type { Finding, Severity } from '../../core/findings';
import { pick, useLang, useStrings } from '../i18n';
import type { StringKey } from '../i18n';
import { sectionLabel } from '../sections';

const useStyles = makeStyles({
  groups: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingVerticalXS,
  },
  // The finding itself is a button: the whole text selects the place in the document.
  finding: {
    // Fluent's focus outline is drawn by an absolutely placed ::after.
    position: 'relative',
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    padding: tokens.spacingVerticalXS,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    background: 'none',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
  },
  focus: createFocusOutlineStyle(),
  icon: { flexShrink: 0, marginTop: '2px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  fix: { marginLeft: '28px' },
});

const severityText: Record<Severity, StringKey> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };
const severityIcon = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled };

interface Props {
  result: CheckResult;
  busy: boolean;
  onSelect(finding: Finding): void;
  onFix(finding: Finding): void;
}

interface Group {
  key: string;
  title: string;
  findings: Finding[];
}

/** Findings under their section's heading, in the profile's order; document-wide ones first. */
export function groupFindings(result: CheckResult, documentTitle: string): Group[] {
  const groups: Group[] = [{ key: 'document', title: documentTitle, findings: [] }];
  for (const s of result.profile.sections) groups.push({ key: s.id, title: sectionLabel(s.number, s.title), findings: [] });
  for (const f of result.findings) {
    const group = groups.find((g) => g.key === f.section) ?? groups[0];
    group.findings.push(f);
  }
  return groups.filter((g) => g.findings.length > 0);
}

export function FindingGroups({ result, busy, onSelect, onFix }: Props) {
  const styles = useStyles();
  const t = useStrings();
  const lang = useLang();
  const groups = groupFindings(result, t('documentGroup'));
  if (groups.length === 0) return null;
  return (
    <section className={styles.groups} aria-label={t('findingsHeading')}>
      {groups.map((g) => (
        <div key={g.key}>
          <Subtitle2 as="h2" className={styles.heading} id={`findings-${g.key}`}>
            {g.title}
          </Subtitle2>
          <ul className={styles.list} aria-labelledby={`findings-${g.key}`}>
            {g.findings.map((f, i) => {
              const Icon = severityIcon[f.severity];
              return (
                <li key={`${f.rule}-${f.location.block}-${i}`} className={styles.item}>
                  <button
                    type="button"
                    className={mergeClasses(styles.finding, styles.focus)}
                    title={t('goTo')}
                    onClick={() => onSelect(f)}
                  >
                    <Icon className={mergeClasses(styles.icon, styles[f.severity])} aria-hidden />
                    <span>
                      <span className={styles.hidden}>{t(severityText[f.severity])}: </span>
                      {pick(f.message, lang)}
                    </span>
                  </button>
                  {f.fix && (
                    <Button
                      size="small"
                      className={styles.fix}
                      disabled={busy}
                      title={pick(f.fix.description, lang)}
                      aria-label={`${t('fix')}: ${pick(f.fix.description, lang)}`}
                      onClick={() => onFix(f)}
                    >
                      {t('fix')}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
