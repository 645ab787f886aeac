import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../shared/contract';
import type { TrajectoryKind } from '../../../../shared/domain/trajectory';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { Notice } from '../../ui/Notice';
import { useClientQuestionnaires } from '../questionnaires/useClientQuestionnaires';
import { callName } from '../sessions/people';
import { FormDialog } from '../trajectories/FormDialog';
import { useClientMode } from './clientModeContext';

const refusals = ['questionnaire_does_not_fit', 'items_without_text', 'not_an_attendee', 'session_not_held'] as const;

interface LetClientFillInProps {
  trajectory: { id: number; kind: TrajectoryKind };
  /** Who may fill it in here: the session's attendees, or the trajectory's current participants. */
  participants: readonly Participant[];
  /** From the session workspace: the answers belong to this session. */
  sessionId?: number;
}

/** "Laat de cliënt invullen": choose the questionnaire and who fills it in, then hand the device over. */
export function LetClientFillIn({ trajectory, participants, sessionId }: LetClientFillInProps) {
  const { t } = useTranslation();
  const clientMode = useClientMode();
  const [open, setOpen] = useState(false);
  const { questionnaires, key, setKey, failure, setFailure } = useClientQuestionnaires(open, trajectory.id);
  const [participantId, setParticipantId] = useState(participants[0]?.id ?? 0);
  const [saving, setSaving] = useState(false);

  if (!clientMode || participants.length === 0) return null;
  const chosen = participants.find((p) => p.id === participantId) ?? participants[0]!;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving || !key) return;
    setSaving(true);
    setFailure(null);
    const problem = await clientMode.start({
      request: { trajectoryId: trajectory.id, participantId: chosen.id, questionnaireKey: key, ...(sessionId ? { sessionId } : {}) },
      names: { participant: callName(chosen), questionnaire: questionnaires?.find((q) => q.key === key)?.title ?? key },
    });
    // On success this screen is gone: the client screen took its place.
    if (problem) {
      setSaving(false);
      setFailure(problem);
    }
  };

  const refusal = (error: ApiError) => {
    const reason = refusals.find((r) => r === error.reason);
    return reason ? t(`clientMode.dialog.refused.${reason}`) : apiErrorText(t, error);
  };

  return (
    <>
      <Button icon="clipboardList" onClick={() => setOpen(true)}>
        {t('clientMode.start')}
      </Button>
      <FormDialog open={open} onOpenChange={setOpen} title={t('clientMode.start')} description={t('clientMode.dialog.description')}>
        <form onSubmit={(event) => void submit(event)} noValidate>
          {failure && <Notice tone="error">{refusal(failure)}</Notice>}
          {questionnaires?.length === 0 && <Notice tone="info">{t('clientMode.dialog.none')}</Notice>}
          <SelectField
            label={t('clientMode.dialog.questionnaire')}
            hint={t('clientMode.dialog.questionnaireHint')}
            value={key}
            disabled={!questionnaires || questionnaires.length === 0}
            onChange={(event) => setKey(event.target.value)}
          >
            {(questionnaires ?? []).map((q) => (
              <option key={q.key} value={q.key}>
                {q.title}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('clientMode.dialog.participant')} value={chosen.id} onChange={(event) => setParticipantId(Number(event.target.value))}>
            {participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </SelectField>
          <FormActions submitLabel={t('clientMode.dialog.submit')} saving={saving} savingLabel={t('clientMode.dialog.saving')} onCancel={() => setOpen(false)} />
        </form>
      </FormDialog>
    </>
  );
}
