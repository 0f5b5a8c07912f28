import { Button } from '@zendeskgarden/react-buttons';
import { Well } from '@zendeskgarden/react-notifications';
import { Paragraph } from '@zendeskgarden/react-typography';
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import styled from 'styled-components';
import { useI18n } from '../../i18n/I18nProvider';
import type { InsertMode } from './useInsertTemplate';

const Buttons = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xs};
  margin-top: ${({ theme }) => theme.space.xs};
`;

export interface InsertConfirmProps {
  onChoose: (mode: InsertMode) => void;
  onCancel: () => void;
}

/** Asks what to do with the draft already in the editor; Escape cancels. */
export function InsertConfirm({ onChoose, onCancel }: InsertConfirmProps) {
  const { t } = useI18n();
  const titleId = useId();
  const bodyId = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onCancel();
  };
  return (
    <Well role="alertdialog" aria-labelledby={titleId} aria-describedby={bodyId} onKeyDown={onKeyDown} isRecessed>
      <Paragraph id={titleId}>
        <strong>{t('templates.confirm.title')}</strong>
      </Paragraph>
      <Paragraph id={bodyId}>{t('templates.confirm.body')}</Paragraph>
      <Buttons>
        <Button ref={first} size="small" onClick={() => onChoose('append')}>
          {t('templates.confirm.append')}
        </Button>
        <Button size="small" isDanger onClick={() => onChoose('replace')}>
          {t('templates.confirm.replace')}
        </Button>
        <Button size="small" isBasic onClick={onCancel}>
          {t('templates.confirm.cancel')}
        </Button>
      </Buttons>
    </Well>
  );
}
