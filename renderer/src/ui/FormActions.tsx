import { useTranslation } from 'react-i18next';
import { BusyNote } from './BusyNote';
import { Button } from './Button';

interface FormActionsProps {
  submitLabel: string;
  saving: boolean;
  savingLabel: string;
  onCancel: () => void;
}

/** Save and cancel under a form, and a note while it saves. */
export function FormActions({ submitLabel, saving, savingLabel, onCancel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <Button type="submit" variant="primary" icon="check" disabled={saving}>
        {submitLabel}
      </Button>
      <Button variant="quiet" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <BusyNote busy={saving} label={savingLabel} />
    </div>
  );
}
