import { useEffect } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { isDocumentChanged } from '../core/host';
import { noteError } from './diagnostics';
import { useLang, useStrings } from './i18n';
import { errorText } from './useTask';

/**
 * A failure shown in words (in the pane's language when the error has both), with a way to
 * dismiss it. Edits refused because the document changed are a warning, not a failure: nothing
 * was written, and checking again gives edits that fit the document.
 */
export function ErrorBar({ error, onDismiss }: { error?: unknown; onDismiss?: () => void }) {
  const t = useStrings();
  const lang = useLang();
  const shown = error !== undefined && error !== null && error !== '';
  useEffect(() => {
    if (shown) noteError(error); // for the "Teave / About" part
  }, [error, shown]);
  if (!shown) return null;
  const changed = isDocumentChanged(error);
  return (
    <MessageBar intent={changed ? 'warning' : 'error'} layout="multiline">
      <MessageBarBody>
        {!changed && <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>}
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
