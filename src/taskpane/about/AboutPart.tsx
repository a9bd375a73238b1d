import { useEffect, useState } from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { DocumentHost, HostDiagnostics } from '../../core/host';
import { paneCatalogue } from '../catalogue';
import { ADDIN_VERSION, lastError } from '../diagnostics';
import { useStrings } from '../i18n';
import type { StringKey } from '../i18n';
import { useCopy } from '../useCopy';
import { errorText } from '../useTask';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
  list: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  text: { width: '100%', minHeight: '6em', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

type Row = [StringKey, string];

/**
 * "Teave / About": the add-in's version, the host and platform, the WordApi sets Word supports,
 * the catalogue's version and the last error, with a button that copies them for a support request.
 */
export default function AboutPart({ host }: { host: DocumentHost }) {
  const styles = useStyles();
  const t = useStrings();
  const [info, setInfo] = useState<HostDiagnostics>();
  const [catalogue, setCatalogue] = useState<string>();
  const { copied, copy } = useCopy();

  useEffect(() => {
    let live = true;
    const described = host.describe?.() ?? Promise.resolve(undefined);
    described.then((d) => live && setInfo(d), () => undefined);
    paneCatalogue().then(
      (c) => live && setCatalogue(c.version),
      (e: unknown) => live && setCatalogue(`– (${errorText(e, 'en')})`),
    );
    return () => {
      live = false;
    };
  }, [host]);

  const error = lastError();
  const supported = info?.apiSets.filter((s) => s.supported).map((s) => s.name);
  const rows: Row[] = [
    ['aboutVersion', ADDIN_VERSION],
    ['aboutHost', info ? [info.host, info.version].filter(Boolean).join(' ') : t('aboutUnknown')],
    ['aboutPlatform', info?.platform || t('aboutUnknown')],
    ['aboutApiSets', supported ? supported.join(', ') || t('aboutNone') : t('aboutUnknown')],
    ['catalogueVersion', catalogue ?? t('aboutUnknown')],
    ['aboutLastError', error ? `${error.at.toISOString()} ${error.text}` : t('aboutNone')],
  ];
  const plain = rows.map(([key, value]) => `${t(key)}: ${value}`).join('\n');


  return (
    <div className={styles.root}>
      <dl className={styles.list}>
        {rows.map(([key, value]) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt className={styles.term}>{t(key)}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <Button size="small" onClick={() => void copy(plain)}>
          {t('aboutCopy')}
        </Button>
      </div>
      {copied && (
        <Caption1 role="status">{t(copied === 'ok' ? 'aboutCopied' : 'aboutCopyFailed')}</Caption1>
      )}
      {copied === 'failed' && <textarea className={styles.text} readOnly value={plain} aria-label={t('aboutTitle')} />}
    </div>
  );
}
