import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Participant, SessionWorkspace, Trajectory } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { hasEveryoneOwner } from '../../../../shared/domain/trajectory';
import { focusFirstError } from '../../forms/focusFirstError';
import { apiErrorText, apiErrorToken, fieldErrorText, formErrors } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { dateExamples } from '../../ui/dateExamples';
import { SelectField, TextAreaField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';
import { useAgreementCorrections } from '../planning/useAgreementCorrections';
import { agreementForm, dueOf, formFieldOf, ownerFromKey, type AgreementFormValues } from '../planning/agreementForm';
import { useDueText } from './AgreementsToReview';
import { callName, everyoneLabel, ownerLabel } from './people';

const fieldOrder = ['owner', 'text', 'dueDate'] as const;

interface NewAgreementsProps {
  workspace: SessionWorkspace;
  participants: readonly Participant[];
  /** The whole trajectory (for correcting an agreement's owner); null while it loads. */
  trajectoryWhole: Trajectory | null;
}

/** Step 4: what is agreed today, for whom, and when it will be looked at again. */
export function NewAgreements({ workspace, participants, trajectoryWhole }: NewAgreementsProps) {
  const { t } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const dueText = useDueText();
  const corrections = useAgreementCorrections(trajectoryWhole);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const { trajectory, attendees, session, agreementsMade, agreementsToReview } = workspace;
  const defaultOwner = hasEveryoneOwner(trajectory.kind) || !attendees[0] ? 'all' : `p:${attendees[0].id}`;

  const form = useForm<AgreementFormValues>({
    resolver: zodResolver(agreementForm, formErrors),
    defaultValues: { owner: defaultOwner, text: '', dueKind: 'next_session', dueDate: '', alreadyDue: false, reason: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const dueKind = form.watch('dueKind');

  const add = form.handleSubmit(
    async (values) => {
      setFailure(null);
      const result = await write('agreements.create', {
        sessionId: session.id,
        owner: ownerFromKey(values.owner),
        text: values.text,
        due: dueOf(values),
        ...(values.dueKind === 'date' && values.alreadyDue ? { alreadyDue: true } : {}),
      });
      if (!result.ok) {
        const field = formFieldOf(result.error.field);
        if (field) form.setError(field, { type: 'server', message: apiErrorToken(result.error) }, { shouldFocus: true });
        else setFailure(result.error);
        return;
      }
      notify(t('sessions.agreements.added'));
      form.reset({ ...values, text: '', alreadyDue: false });
      form.setFocus('text');
    },
    (invalid) => focusFirstError(fieldOrder, invalid, form.setFocus),
  );

  const everyone = everyoneLabel(t, trajectory.kind, participants);
  return (
    <section className="card workspace-section" aria-labelledby="agreements-title">
      <h2 id="agreements-title">{t('sessions.agreements.title')}</h2>
      {agreementsMade.length === 0 ? (
        <p className="muted">{t('sessions.agreements.empty')}</p>
      ) : (
        <ul className="made-list" aria-label={t('sessions.agreements.madeHere')}>
          {agreementsMade.map((agreement) => {
            const replaces = agreementsToReview.find((a) => a.id === agreement.replacesId);
            return (
              <li key={agreement.id}>
                <p className="made-text">{agreement.text}</p>
                <p className="muted small">
                  {ownerLabel(t, agreement.owner, trajectory.kind, participants)} · {dueText(agreement.due)}
                  {replaces && <> · {t('sessions.agreements.replaces', { text: replaces.text })}</>}
                </p>
                {trajectoryWhole && (
                  <p className="made-actions">
                    <button type="button" className="link-button" aria-label={t('planning.agreement.editLabel', { text: agreement.text })} onClick={() => corrections.edit(agreement)}>
                      {t('planning.agreement.edit')}
                    </button>
                    {agreement.review === null && (
                      <button
                        type="button"
                        className="link-button danger-link"
                        aria-label={t('planning.agreement.removeLabel', { text: agreement.text })}
                        onClick={() => corrections.remove(agreement)}
                      >
                        {t('planning.agreement.remove')}
                      </button>
                    )}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {corrections.failure && <Notice tone="error">{corrections.failure}</Notice>}
      {corrections.dialogs}
      <form className="agreement-form" onSubmit={(event) => void add(event)} noValidate>
        <h3>{t('sessions.agreements.new')}</h3>
        {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
        <div className="field-grid">
          <SelectField
            label={t('sessions.agreements.owner')}
            error={fieldErrorText(t, errors.owner, t('sessions.agreements.owner'))}
            {...form.register('owner')}
          >
            {attendees.map((participant) => (
              <option key={participant.id} value={`p:${participant.id}`}>
                {callName(participant)}
              </option>
            ))}
            {hasEveryoneOwner(trajectory.kind) && <option value="all">{everyone}</option>}
            <option value="practitioner">{t('sessions.owner.practitioner')}</option>
          </SelectField>
          <fieldset className="due-choice">
            <legend className="field-label">{t('sessions.agreements.due')}</legend>
            <div className="radio-group">
              <label className="radio">
                <input type="radio" value="next_session" {...form.register('dueKind')} />
                <span>{t('sessions.agreements.dueNext')}</span>
              </label>
              <label className="radio">
                <input type="radio" value="date" {...form.register('dueKind')} />
                <span>{t('sessions.agreements.dueOnDate')}</span>
              </label>
            </div>
          </fieldset>
          <TextAreaField
            label={t('sessions.agreements.text')}
            required
            rows={2}
            maxLength={2000}
            className="span-2"
            error={fieldErrorText(t, errors.text, t('sessions.agreements.text'))}
            {...form.register('text')}
          />
          {dueKind === 'date' && (
            <Controller
              control={form.control}
              name="dueDate"
              render={({ field }) => (
                <DateField
                  label={t('sessions.agreements.dueDate')}
                  example={dateExamples.inTwoWeeks()}
                  error={fieldErrorText(t, errors.dueDate, t('sessions.agreements.dueDate'))}
                  {...field}
                />
              )}
            />
          )}
          {dueKind === 'date' && (
            <label className="checkbox already-due">
              <input type="checkbox" {...form.register('alreadyDue')} />
              <span>{t('planning.agreement.alreadyDue')}</span>
            </label>
          )}
        </div>
        <div className="form-actions">
          <Button type="submit" variant="primary" icon="plus" disabled={isSubmitting}>
            {t('sessions.agreements.add')}
          </Button>
        </div>
      </form>
    </section>
  );
}
