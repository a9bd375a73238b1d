import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useLang, useStrings } from './i18n';
import { errorText } from './useTask';

/** A failure shown in words (in the pane's language when the error has both), with a way to dismiss it. */
export function ErrorBar({ error, onDismiss }: { error?: unknown; onDismiss?: () => void }) {
  const t = useStrings();
  const lang = useLang();
  if (error === undefined || error === null || error === '') return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
        <div>{errorText(error, lang)}</div>
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button size="small" onClick={onDismiss}>{t('dismiss')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** The catalogue could not be loaded: the pane carries on without it and says what is skipped. */
export function CatalogueWarning({ error }: { error?: unknown }) {
  const t = useStrings();
  const lang = useLang();
  if (error === undefined) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {t('catalogueFailed')} ({errorText(error, lang)})
      </MessageBarBody>
    </MessageBar>
  );
}
