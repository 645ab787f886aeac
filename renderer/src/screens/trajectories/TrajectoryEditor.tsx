import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, Participant, Trajectory } from '../../../../shared/contract';
import type { ParticipantRole } from '../../../../shared/domain/trajectory';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { useRead } from '../../api/useRead';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { useNotify } from '../../ui/Toasts';
import { useNavigate, type TrajectoryListState } from '../shell/navigation';
import { currentParticipants } from './labels';
import type { ParticipantRow } from './ParticipantPicker';
import { CheckInQuestionnairesField } from './CheckInQuestionnairesField';
import { TrajectoryForm } from './TrajectoryForm';
import { toCreateInput, toUpdateInput, type TrajectoryFormValues } from './trajectoryForm';
import '../../styles/trajectories.css';

interface TrajectoryEditorProps {
  id: number | 'new';
  list?: TrajectoryListState;
}

/** A new trajectory, or the details of an existing one; participants of an existing one change at once. */
export function TrajectoryEditor({ id, list }: TrajectoryEditorProps) {
  const { t } = useTranslation();
  const write = useWrite();
  // Saving goes to the trajectory page: this page's own read is only marked old, not asked again on the way out.
  const saveAndLeave = useWrite({ alreadyShown: ['trajectories.get'] });
  const navigate = useNavigate();
  const notify = useNotify();
  const read = useRead('trajectories.get', { id: id === 'new' ? 0 : id }, { enabled: id !== 'new' });
  const trajectory = id === 'new' ? null : (read.data ?? null);
  const [participantFailure, setParticipantFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [leaving, setLeaving] = useState<ParticipantRow | null>(null);

  const back = () => (id === 'new' ? navigate({ screen: 'trajectories', list }) : navigate({ screen: 'trajectory', id, list }));

  const save = async (values: TrajectoryFormValues): Promise<ApiError | null> => {
    const result = id === 'new' ? await saveAndLeave('trajectories.create', toCreateInput(values)) : await saveAndLeave('trajectories.update', toUpdateInput(id, values));
    if (!result.ok) return result.error;
    notify(id === 'new' ? t('trajectories.form.created', { title: result.value.title }) : t('trajectories.form.updated'));
    navigate({ screen: 'trajectory', id: result.value.id, list });
    return null;
  };

  // Core's reason for refusing a participant, in words; anything else in the general sentence.
  const participantProblem = (error: ApiError) =>
    error.reason && ['role_full', 'role_not_for_kind', 'already_participant'].includes(error.reason)
      ? t(`trajectories.form.problem.${error.reason as 'role_full'}`)
      : apiErrorText(t, error);

  const change = async (run: () => Promise<{ ok: true; value: Trajectory } | { ok: false; error: ApiError }>, done: string) => {
    setBusy(true);
    setParticipantFailure(undefined);
    const result = await run();
    setBusy(false);
    if (!result.ok) {
      setParticipantFailure(participantProblem(result.error));
      return;
    }
    notify(done);
  };

  const addParticipant = (client: Client, role: ParticipantRole) => {
    if (!trajectory) return;
    void change(
      () => write('trajectories.addParticipant', { trajectoryId: trajectory.id, clientId: client.id, role }),
      t('trajectories.form.participantAdded', { name: `${client.firstName} ${client.lastName}` }),
    );
  };

  const removeParticipant = (row: ParticipantRow) => {
    void change(() => write('trajectories.removeParticipant', { participantId: Number(row.key) }), t('trajectories.form.participantRemoved', { name: row.name }));
  };

  const backButton = (
    <Button variant="quiet" icon="back" onClick={back}>
      {id === 'new' ? t('trajectories.backToList') : t('trajectories.backToTrajectory')}
    </Button>
  );

  if (id !== 'new' && !trajectory) {
    return (
      <>
        {backButton}
        {read.error ? <Notice tone="error">{apiErrorText(t, read.error)}</Notice> : <BusyNote busy label={t('trajectories.loading')} />}
      </>
    );
  }

  const rows = trajectory ? currentParticipants(trajectory.participants).map(toRow) : [];

  return (
    <>
      {backButton}
      <PageHeader title={trajectory ? t('trajectories.form.editTitle', { title: trajectory.title }) : t('trajectories.form.newTitle')} />
      <TrajectoryForm
        trajectory={trajectory ?? undefined}
        participantControl={
          trajectory
            ? { rows, onAdd: addParticipant, onRemove: (row) => setLeaving(row), busy, problem: participantFailure }
            : undefined
        }
        checkIns={trajectory ? <CheckInQuestionnairesField trajectoryId={trajectory.id} /> : undefined}
        submitLabel={trajectory ? t('common.save') : t('trajectories.form.create')}
        onSubmit={save}
        onCancel={back}
      />
      <ConfirmDialog
        open={leaving !== null}
        onOpenChange={(open) => {
          if (!open) setLeaving(null);
        }}
        title={t('trajectories.form.removeTitle', { name: leaving?.name ?? '' })}
        description={t('trajectories.form.removeText')}
        confirmLabel={t('trajectories.form.remove')}
        onConfirm={() => {
          if (leaving) removeParticipant(leaving);
          setLeaving(null);
        }}
      />
    </>
  );
}

function toRow(participant: Participant): ParticipantRow {
  return {
    key: String(participant.id),
    clientId: participant.clientId,
    name: `${participant.firstName} ${participant.lastName}`.trim(),
    role: participant.role,
  };
}
