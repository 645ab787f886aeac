import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientModeQuestionnaire } from '../../../../shared/contract';
import { Icon } from '../../ui/Icon';

/** After the answers are stored: thanks, and nothing more to do than hand the computer back. */
export function ClientThanks({ questionnaire }: { questionnaire: ClientModeQuestionnaire }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const context = questionnaire.address === 'u' ? 'u' : undefined;

  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="client-mode-thanks">
      <Icon name="check" />
      <h1 ref={heading} tabIndex={-1}>
        {t('clientMode.client.thanks', { name: questionnaire.firstName, context })}
      </h1>
      <p>{t('clientMode.client.stored', { context })}</p>
    </div>
  );
}
