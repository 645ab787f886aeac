import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInRespondent } from '../../../../shared/contract';
import { SelectField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { FormDialog } from '../trajectories/FormDialog';

interface ChooseRespondentProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  questionnaire: string;
  /** Those who have not answered yet, first one chosen. */
  respondents: readonly CheckInRespondent[];
  /** Starts client mode; on success the client screen replaces this one. */
  onChoose: (respondent: CheckInRespondent) => Promise<void>;
}

/** Who gets the device when several participants still have to answer. */
export function ChooseRespondent({ open, onOpenChange, questionnaire, respondents, onChoose }: ChooseRespondentProps) {
  const { t } = useTranslation();
  const [participantId, setParticipantId] = useState(respondents[0]?.participantId ?? 0);
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    if (open) setParticipantId(respondents[0]?.participantId ?? 0);
    // Each opening starts with the first one still to answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = respondents.find((r) => r.participantId === participantId);
    if (!chosen || starting) return;
    setStarting(true);
    onOpenChange(false);
    await onChoose(chosen);
    setStarting(false);
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('checkIns.due.chooseTitle', { questionnaire })}
      description={t('checkIns.due.chooseDescription')}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <SelectField label={t('checkIns.due.participant')} value={participantId} onChange={(event) => setParticipantId(Number(event.target.value))}>
          {respondents.map((r) => (
            <option key={r.participantId} value={r.participantId}>
              {r.name}
            </option>
          ))}
        </SelectField>
        <FormActions submitLabel={t('checkIns.due.start')} saving={starting} savingLabel={t('checkIns.due.starting')} onCancel={() => onOpenChange(false)} />
      </form>
    </FormDialog>
  );
}
