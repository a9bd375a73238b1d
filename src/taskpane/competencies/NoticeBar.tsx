import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import type { CompetenciesState } from './useCompetencies';

/** What the last insert did (beside the insert button, which stays in sight); gone when the document changes. */
export function NoticeBar({ state: { notice } }: { state: CompetenciesState }) {
  const t = useStrings();
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} layout="multiline" style={{ flexBasis: '100%' }}>
      <MessageBarBody>{t(notice.text)}</MessageBarBody>
    </MessageBar>
  );
}
