import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Paragraph } from '@zendeskgarden/react-typography';
import { useI18n } from '../../i18n/I18nProvider';

function Crashed() {
  const { t } = useI18n();
  return <Paragraph role="status">{t('history.crashed')}</Paragraph>;
}

/** Keeps a failure in the history panel inside the panel: the review tools around it keep working. */
export class HistoryBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Reviewer history failed to render', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <Crashed /> : this.props.children;
  }
}
