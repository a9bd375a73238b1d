import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from '@fluentui/react-components';
import type { Change } from '../../core/compare';
import { COMPARE_TEXTS, describeChange, groupChanges } from '../../core/compare-text';
import { fill } from '../../core/text';
import { DOCUMENT_ACCEPT, SIGNATURES_NOT_VALIDATED } from '../../docx/container';
import type { TabProps } from '../App';
import { ErrorBar } from '../ErrorBar';
import { textButton } from '../textButton';
import { useLang } from '../i18n';
import { S } from './strings';
import { useCompare } from './useCompare';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  // The file input is hidden but stays focusable; its label is drawn as a button.
  chooser: {
    display: 'inline-flex',
    alignItems: 'center',
    minHeight: '32px',
    padding: `0 ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
    ':focus-within': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  input: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', opacity: 0 },
  group: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  change: {
    ...textButton,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  focus: createFocusOutlineStyle(),
  text: { width: '100%', minHeight: '8em', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** The changes grouped by section; one that has a place in the document is a button that selects it. */
function ChangeList({ groups, onShow }: { groups: ReturnType<typeof groupChanges>; onShow: (c: Change) => void }) {
  const styles = useStyles();
  const lang = useLang();
  const id = useId('changes-');
  return (
    <section aria-label={S.changesLabel[lang]}>
      {groups.map((g) => (
        <div key={g.section}>
          <Subtitle2 as="h3" className={styles.group} id={`${id}-${g.section}`}>
            {g.title}
          </Subtitle2>
          <ul className={styles.list} aria-labelledby={`${id}-${g.section}`}>
            {g.changes.map((c, i) => (
              <li key={i}>
                {c.block === undefined ? (
                  <Text>{describeChange(c, lang)}</Text>
                ) : (
                  <button type="button" className={mergeClasses(styles.change, styles.focus)} title={S.goTo[lang]} onClick={() => onShow(c)}>
                    {describeChange(c, lang)}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** Võrdle: the changes since the previous version (a .docx or a signed container read here), by section; a click shows one. State and I/O: ./useCompare.ts. */
export default function CompareTab({ host }: TabProps) {
  const styles = useStyles();
  const lang = useLang();
  const t = (key: keyof typeof S) => S[key][lang];
  const { task, previous, compared, open, compare, show, summary, clipboard } = useCompare(host, lang);
  const groups = compared ? groupChanges(compared.changes, compared.profile) : [];
  const count = compared?.changes.length ?? 0;
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2" className={styles.heading}>{t('heading')}</Subtitle2>
      {!previous && <Text className={styles.hint}>{t('intro')}</Text>}
      <div className={styles.bar}>
        <label className={styles.chooser}>
          <input
            type="file"
            className={styles.input}
            accept={DOCUMENT_ACCEPT}
            disabled={task.busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = ''; // the same file can be chosen again
              if (file) void open(file);
            }}
          />
          {t('choose')}
        </label>
        {previous && (
          <Button disabled={task.busy} onClick={() => void compare(previous)}>
            {t('again')}
          </Button>
        )}
        {task.busy && <Spinner size="tiny" label={t('comparing')} labelPosition="after" />}
      </div>
      <ErrorBar error={task.error} onDismiss={task.clearError} />
      {previous && (
        <Caption1 className={styles.hint}>
          {t('previous')}: {previous.name}
          {previous.container ? ` (${t('container')}: ${previous.container.document})` : ''}
        </Caption1>
      )}
      {previous?.container && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{SIGNATURES_NOT_VALIDATED[lang]}</MessageBarBody>
        </MessageBar>
      )}
      {compared && (
        <>
          <Text weight="semibold" role="status">
            {count === 0 ? COMPARE_TEXTS.none[lang] : count === 1 ? t('countOne') : fill(t('count'), { n: count })}
          </Text>
          <ChangeList groups={groups} onShow={show} />
          <div>
            <Button onClick={() => void clipboard.copy(summary)}>{t('copy')}</Button>
          </div>
          {clipboard.copied && <Caption1 role="status">{t(clipboard.copied === 'ok' ? 'copied' : 'copyFailed')}</Caption1>}
          {clipboard.copied === 'failed' && <textarea className={styles.text} readOnly value={summary} aria-label={t('summaryLabel')} />}
        </>
      )}
    </div>
  );
}
