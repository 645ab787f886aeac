import { useTranslation } from 'react-i18next';
import { agreementOutcomes, type AgreementOutcome } from '../../../../shared/domain/agreement';
import { OutcomeIcon } from '../../ui/OutcomeIcon';

interface OutcomePickerProps {
  value: AgreementOutcome | null;
  onChange: (outcome: AgreementOutcome) => void;
  /** The id of the text that names the agreement, so the group reads "Outcome of: …". */
  labelledBy: string;
  disabled?: boolean;
}

/** Five buttons, each an icon and a word; the chosen one is pressed (never marked by colour alone). */
export function OutcomePicker({ value, onChange, labelledBy, disabled }: OutcomePickerProps) {
  const { t } = useTranslation();
  return (
    <div className="outcome-picker" role="group" aria-labelledby={labelledBy}>
      {agreementOutcomes.map((outcome) => (
        <button
          key={outcome}
          type="button"
          className={`outcome-button outcome-${outcome}`}
          aria-pressed={value === outcome}
          disabled={disabled}
          onClick={() => onChange(outcome)}
        >
          <OutcomeIcon outcome={outcome} />
          <span>{t(`sessions.outcome.${outcome}`)}</span>
        </button>
      ))}
    </div>
  );
}

/** A reviewed outcome as text with its icon, for places where it can no longer be changed. */
export function OutcomeBadge({ outcome }: { outcome: AgreementOutcome }) {
  const { t } = useTranslation();
  return (
    <span className={`badge outcome-badge outcome-${outcome}`}>
      <OutcomeIcon outcome={outcome} />
      {t(`sessions.outcome.${outcome}`)}
    </span>
  );
}
