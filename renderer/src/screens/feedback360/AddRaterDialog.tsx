import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Feedback360Round } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { useWrite } from '../../api/useWrite';
import { FormActions } from '../../ui/FormActions';
import { Notice } from '../../ui/Notice';
import { FormDialog } from '../trajectories/FormDialog';
import { RaterFields, type RaterDraft } from './RaterFields';
import { refusalText } from './raterErrors';

interface AddRaterDialogProps {
  round: Feedback360Round | null;
  onOpenChange: (open: boolean) => void;
  onAdded: (label: string) => void;
}

/** One more rater for an open round. */
export function AddRaterDialog({ round, onOpenChange, onAdded }: AddRaterDialogProps) {
  const { t } = useTranslation();
  const write = useWrite();
  const [draft, setDraft] = useState<RaterDraft>({ label: '', role: 'peer', language: 'nl' });
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const labelInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!round) return;
    setDraft({ label: '', role: 'peer', language: 'nl' });
    setError(undefined);
    setFailure(null);
  }, [round]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!round) return;
    if (draft.label.trim() === '') {
      setError(t('feedback360.dialog.labelRequired'));
      return labelInput.current?.focus();
    }
    setSaving(true);
    setFailure(null);
    const result = await write('feedback360.addRater', { roundId: round.id, ...draft, label: draft.label.trim() });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    onAdded(draft.label.trim());
  };

  return (
    <FormDialog open={round !== null} onOpenChange={onOpenChange} title={t('feedback360.dialog.addTitle', { title: round?.title ?? '' })}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {failure && <Notice tone="error">{refusalText(t, failure)}</Notice>}
        <RaterFields
          draft={draft}
          error={error}
          labelRef={labelInput}
          onChange={(next) => {
            setDraft(next);
            if (next.label.trim() !== '') setError(undefined);
          }}
        />
        <FormActions submitLabel={t('feedback360.dialog.add')} saving={saving} savingLabel={t('feedback360.dialog.adding')} onCancel={() => onOpenChange(false)} />
      </form>
    </FormDialog>
  );
}
