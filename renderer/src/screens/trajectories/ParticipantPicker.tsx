import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/contract';
import { rolesForKind, type ParticipantRole, type TrajectoryKind } from '../../../../shared/domain/trajectory';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { ClientSearch } from './ClientSearch';
import { NewClientDialog } from './NewClientDialog';
import { defaultRole } from './trajectoryForm';

export interface ParticipantRow {
  key: string;
  clientId: number;
  name: string;
  role: ParticipantRole;
}

interface ParticipantPickerProps {
  kind: TrajectoryKind;
  rows: readonly ParticipantRow[];
  /** Given while the trajectory is new: roles can still change. An existing participant keeps their role. */
  onRoleChange?: (row: ParticipantRow, role: ParticipantRole) => void;
  onAdd: (client: Client, role: ParticipantRole) => void;
  onRemove: (row: ParticipantRow) => void;
  /** Why the participants do not fit, as a sentence. */
  problem?: string | undefined;
  busy?: boolean;
}

/** Who takes part, in which role: picked from existing clients, or a new client added on the spot. */
export function ParticipantPicker({ kind, rows, onRoleChange, onAdd, onRemove, problem, busy }: ParticipantPickerProps) {
  const { t } = useTranslation();
  const roleId = useId();
  const problemId = useId();
  const [chosenRole, setChosenRole] = useState<ParticipantRole | null>(null);
  const [newClientOpen, setNewClientOpen] = useState(false);
  const roles = rolesForKind[kind];
  const role = chosenRole && roles.includes(chosenRole) ? chosenRole : defaultRole(kind, rows);

  const add = (client: Client) => {
    onAdd(client, role);
    setChosenRole(null);
  };

  return (
    <fieldset className="participant-picker" aria-describedby={problem ? problemId : undefined}>
      <legend>{t('trajectories.form.participants')}</legend>
      <p className="field-hint">{t(`trajectories.form.participantsHint.${kind}`)}</p>
      {rows.length > 0 ? (
        <ul className="picked-participants" aria-label={t('trajectories.form.pickedLabel')}>
          {rows.map((row) => (
            <li key={row.key}>
              <span className="picked-name">
                <Icon name="people" />
                {row.name}
              </span>
              {onRoleChange ? (
                <select
                  aria-label={t('trajectories.form.roleOf', { name: row.name })}
                  value={row.role}
                  disabled={busy}
                  onChange={(event) => onRoleChange(row, event.target.value as ParticipantRole)}
                >
                  {[...new Set([...roles, row.role])].map((r) => (
                    <option key={r} value={r}>
                      {t(`trajectories.role.${r}`)}
                    </option>
                  ))}
                </select>
              ) : (
                <span className="badge">{t(`trajectories.role.${row.role}`)}</span>
              )}
              <Button
                variant="quiet"
                disabled={busy}
                aria-label={t('trajectories.form.removeNamed', { name: row.name })}
                onClick={() => onRemove(row)}
              >
                {t('trajectories.form.remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('trajectories.form.noParticipants')}</p>
      )}
      {problem && (
        <p id={problemId} className="field-error" role="alert">
          <Icon name="alert" />
          <span>{problem}</span>
        </p>
      )}
      <div className="participant-add">
        <ClientSearch excludeIds={rows.map((r) => r.clientId)} onPick={add} disabled={busy} />
        <div className="field participant-role">
          <label htmlFor={roleId} className="field-label">
            {t('trajectories.form.addAs')}
          </label>
          <select id={roleId} value={role} disabled={busy} onChange={(event) => setChosenRole(event.target.value as ParticipantRole)}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`trajectories.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Button icon="plus" disabled={busy} onClick={() => setNewClientOpen(true)}>
        {t('trajectories.form.newClient')}
      </Button>
      <NewClientDialog
        open={newClientOpen}
        onOpenChange={setNewClientOpen}
        onCreated={(client) => {
          setNewClientOpen(false);
          add(client);
        }}
      />
    </fieldset>
  );
}
