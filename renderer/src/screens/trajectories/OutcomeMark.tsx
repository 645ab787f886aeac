import { useTranslation } from 'react-i18next';
import type { AgreementOutcome } from '../../../../shared/domain/agreement';
import { Icon } from '../../ui/Icon';
import { OutcomeIcon } from '../../ui/OutcomeIcon';
import { WorkflowIcon } from './WorkflowIcon';

/** Where an agreement stands, as an icon and a word: open, overdue, or the outcome of its review. */
export function OutcomeMark({ outcome, overdue }: { outcome: AgreementOutcome | null; overdue?: boolean }) {
  const { t } = useTranslation();
  if (outcome === null) {
    return overdue ? (
      <span className="outcome outcome-overdue">
        <Icon name="alert" />
        {t('trajectories.agreements.overdue')}
      </span>
    ) : (
      <span className="outcome outcome-open">
        <WorkflowIcon name="open" />
        {t('trajectories.agreements.open')}
      </span>
    );
  }
  return (
    <span className={`outcome outcome-${outcome}`}>
      <OutcomeIcon outcome={outcome} />
      {t(`trajectories.outcome.${outcome}`)}
    </span>
  );
}
