import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Trajectory } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { useWrite } from '../../api/useWrite';
import { localeOf } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { FieldFrame } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { Notice } from '../../ui/Notice';
import { FormDialog } from '../trajectories/FormDialog';
import { RaterFields, type RaterDraft } from './RaterFields';
import { refusalText } from './raterErrors';

interface NewRoundDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trajectory: Trajectory;
  onMade: (title: string) => void;
}

const callName = (p: Participant) => p.preferredName || p.firstName;
const selfRow = (p: Participant | undefined): RaterDraft => ({ label: p ? callName(p) : '', role: 'self', language: 'nl' });

/** "Nieuwe 360-ronde": a title, the person it is about, and the raters (self first, filled in). */
export function NewRoundDialog({ open, onOpenChange, trajectory, onMade }: NewRoundDialogProps) {
  const { t, i18n } = useTranslation();
  const write = useWrite();
  const present = trajectory.participants.filter((p) => p.removedAt === null && p.role !== 'sponsor');
  const [title, setTitle] = useState('');
  const [participantId, setParticipantId] = useState(present[0]?.id ?? 0);
  const [raters, setRaters] = useState<RaterDraft[]>([]);
  const [errors, setErrors] = useState<{ title?: string; raters: (string | undefined)[] }>({ raters: [] });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const titleInput = useRef<HTMLInputElement>(null);
  const labelInputs = useRef<(HTMLInputElement | null)[]>([]);

  useEffect(() => {
    if (!open) return;
    const month = new Intl.DateTimeFormat(localeOf(i18n.language), { month: 'long', year: 'numeric' }).format(new Date());
    setTitle(t('feedback360.dialog.defaultTitle', { month }));
    setParticipantId(present[0]?.id ?? 0);
    setRaters([selfRow(present[0]), { label: '', role: 'manager', language: 'nl' }, { label: '', role: 'peer', language: 'nl' }]);
    setErrors({ raters: [] });
    setFailure(null);
    // Each opening starts afresh from the trajectory as it is now.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, trajectory.id]);

  const choosePerson = (id: number) => {
    setParticipantId(id);
    const person = present.find((p) => p.id === id);
    setRaters((now) => now.map((r) => (r.role === 'self' ? { ...r, label: person ? callName(person) : r.label } : r)));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      title: title.trim() === '' ? t('feedback360.dialog.roundTitleRequired') : undefined,
      raters: raters.map((r, i) => (r.label.trim() === '' ? t('feedback360.dialog.labelRequiredN', { n: i + 1 }) : undefined)),
    };
    setErrors(found);
    if (found.title) return titleInput.current?.focus();
    const firstBad = found.raters.findIndex(Boolean);
    if (firstBad >= 0) return labelInputs.current[firstBad]?.focus();
    setSaving(true);
    setFailure(null);
    const result = await write('feedback360.createRound', {
      trajectoryId: trajectory.id,
      participantId,
      title: title.trim(),
      raters: raters.map((r) => ({ ...r, label: r.label.trim() })),
    });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    onMade(result.value.title);
  };

  return (
    <FormDialog open={open} onOpenChange={onOpenChange} title={t('feedback360.dialog.title')} description={t('feedback360.dialog.description')} wide>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {failure && <Notice tone="error">{refusalText(t, failure)}</Notice>}
        <FieldFrame label={t('feedback360.dialog.roundTitle')} error={errors.title} required>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              ref={titleInput}
              maxLength={200}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              value={title}
              onChange={(e) => {
                setTitle(e.target.value);
                setErrors((now) => ({ ...now, title: undefined }));
              }}
            />
          )}
        </FieldFrame>
        <FieldFrame label={t('feedback360.dialog.person')} required>
          {({ id, describedBy }) => (
            <select id={id} aria-describedby={describedBy} value={participantId} onChange={(e) => choosePerson(Number(e.target.value))}>
              {present.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <h3 className="dialog-subheading">{t('feedback360.dialog.raters')}</h3>
        <p className="field-hint">{t('feedback360.dialog.labelHint')}</p>
        {raters.map((rater, i) => (
          <RaterFields
            key={i}
            legend={t('feedback360.dialog.raterN', { n: i + 1 })}
            draft={rater}
            error={errors.raters[i]}
            withHint={false}
            labelRef={(el) => {
              labelInputs.current[i] = el;
            }}
            onChange={(next) => {
              setRaters((now) => now.map((r, j) => (j === i ? next : r)));
              if (next.label.trim() !== '') setErrors((now) => ({ ...now, raters: now.raters.map((e, j) => (j === i ? undefined : e)) }));
            }}
            extra={
              <Button variant="quiet" icon="erase" className="remove-rater" onClick={() => setRaters((now) => now.filter((_, j) => j !== i))}>
                {t('feedback360.dialog.removeRow', { n: i + 1 })}
              </Button>
            }
          />
        ))}
        <Button icon="plus" onClick={() => setRaters((now) => [...now, { label: '', role: 'peer', language: 'nl' }])}>
          {t('feedback360.dialog.addRow')}
        </Button>
        <FormActions submitLabel={t('feedback360.dialog.submit')} saving={saving} savingLabel={t('feedback360.dialog.saving')} onCancel={() => onOpenChange(false)} />
      </form>
    </FormDialog>
  );
}
