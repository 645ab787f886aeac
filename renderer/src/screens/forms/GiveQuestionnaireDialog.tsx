import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Trajectory } from '../../../../shared/contract';
import { apiErrorText } from '../../i18n/validation';
import { downloadFile } from '../../ui/download';
import { FieldFrame } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { FormActions } from '../../ui/FormActions';
import { Notice } from '../../ui/Notice';
import { useWrite } from '../../api/useWrite';
import { useClientQuestionnaires } from '../questionnaires/useClientQuestionnaires';
import { FormDialog } from '../trajectories/FormDialog';

interface GiveQuestionnaireDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trajectory: Trajectory;
  /** After the files were made and handed to the browser's download: the first names they are for. */
  onMade: (names: string[]) => void;
}

const firstName = (p: Participant) => p.preferredName || p.firstName;

/** "Vragenlijst meegeven": one form file per chosen participant, downloaded at once. */
export function GiveQuestionnaireDialog({ open, onOpenChange, trajectory, onMade }: GiveQuestionnaireDialogProps) {
  const { t } = useTranslation();
  const write = useWrite();
  const firstBox = useRef<HTMLInputElement>(null);
  const daysInput = useRef<HTMLInputElement>(null);
  const present = trajectory.participants.filter((p) => p.removedAt === null);
  const { questionnaires, key, setKey, failure, setFailure } = useClientQuestionnaires(open, trajectory.id);
  const [chosen, setChosen] = useState<number[]>([]);
  const [withAgreements, setWithAgreements] = useState(true);
  const [validDays, setValidDays] = useState('30');
  const [errors, setErrors] = useState<{ participants?: string; validDays?: string }>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setErrors({});
    setChosen(present.filter((p) => p.role !== 'sponsor').map((p) => p.id));
    // Each opening starts from the trajectory as it is now.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, trajectory.id]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const days = Number(validDays);
    const found = {
      participants: chosen.length === 0 ? t('forms.give.participantsRequired') : undefined,
      validDays: Number.isInteger(days) && days >= 1 && days <= 180 ? undefined : t('forms.give.validDaysInvalid'),
    };
    setErrors(found);
    if (found.participants || found.validDays) {
      (found.participants ? firstBox : daysInput).current?.focus();
      return;
    }
    setSaving(true);
    setFailure(null);
    const result = await write('forms.create', { trajectoryId: trajectory.id, participantIds: chosen, questionnaireKey: key, withAgreements, validDays: days });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    for (const form of result.value.forms) downloadFile(form.html, form.fileName, 'text/html');
    onMade(result.value.forms.map((form) => firstName(present.find((p) => p.id === form.participantId)!)));
  };

  return (
    <FormDialog open={open} onOpenChange={onOpenChange} title={t('forms.give.title')} description={t('forms.give.description')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
        <FieldFrame label={t('forms.give.questionnaire')} hint={t('forms.give.questionnaireHint')} required>
          {({ id, describedBy }) => (
            <select id={id} aria-describedby={describedBy} value={key} onChange={(e) => setKey(e.target.value)} disabled={!questionnaires}>
              {(questionnaires ?? []).map((q) => (
                <option key={q.key} value={q.key}>
                  {q.title}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <fieldset className="attendee-choices" aria-describedby={errors.participants ? 'give-participants-error' : undefined}>
          <legend>{t('forms.give.participants')}</legend>
          <div className="checkbox-list">
            {present.map((p, index) => (
              <label key={p.id} className="checkbox">
                <input
                  ref={index === 0 ? firstBox : undefined}
                  type="checkbox"
                  aria-invalid={errors.participants ? true : undefined}
                  checked={chosen.includes(p.id)}
                  onChange={(e) => {
                    setErrors((now) => ({ ...now, participants: undefined }));
                    setChosen((now) => (e.target.checked ? [...now, p.id] : now.filter((n) => n !== p.id)));
                  }}
                />
                <span>
                  {p.displayName} <span className="muted">({t(`trajectories.role.${p.role}`)})</span>
                </span>
              </label>
            ))}
          </div>
          {errors.participants && (
            <p id="give-participants-error" className="field-error">
              <Icon name="alert" />
              <span>{errors.participants}</span>
            </p>
          )}
        </fieldset>
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" checked={withAgreements} onChange={(e) => setWithAgreements(e.target.checked)} aria-describedby="give-agreements-hint" />
            <span>{t('forms.give.withAgreements')}</span>
          </label>
          <p id="give-agreements-hint" className="field-hint">
            {t('forms.give.withAgreementsHint')}
          </p>
        </div>
        <FieldFrame label={t('forms.give.validDays')} hint={t('forms.give.validDaysHint')} error={errors.validDays}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              ref={daysInput}
              inputMode="numeric"
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              value={validDays}
              onChange={(e) => setValidDays(e.target.value)}
            />
          )}
        </FieldFrame>
        <FormActions submitLabel={t('forms.give.submit')} saving={saving} savingLabel={t('forms.give.saving')} onCancel={() => onOpenChange(false)} />
      </form>
    </FormDialog>
  );
}
