import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Notification } from '@zendeskgarden/react-notifications';
import { Paragraph } from '@zendeskgarden/react-typography';
import { useI18n } from '../i18n/I18nProvider';

function CrashMessage({ onReset }: { onReset: () => void }) {
  const { t } = useI18n();
  return (
    <Notification type="error" role="alert">
      <Notification.Title>{t('app.crashTitle')}</Notification.Title>
      <Paragraph>{t('app.crashBody')}</Paragraph>
      <Paragraph>{t('gate.crashNotice')}</Paragraph>
      <Button size="small" onClick={onReset}>
        {t('app.reload')}
      </Button>
    </Notification>
  );
}

interface State {
  failed: boolean;
}

export interface ErrorBoundaryProps {
  /** Told when rendering failed (the send gate then holds public replies back) and when the agent reloads. */
  onFailure?: (error: Error) => void;
  onReset?: () => void;
  children: ReactNode;
}

/** Shows a translated message instead of a blank panel when rendering fails. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Trustpilot panel failed to render', error, info.componentStack);
    this.props.onFailure?.(error);
  }

  override render() {
    if (this.state.failed) {
      return (
        <CrashMessage
          onReset={() => {
            this.props.onReset?.();
            this.setState({ failed: false });
          }}
        />
      );
    }
    return this.props.children;
  }
}
