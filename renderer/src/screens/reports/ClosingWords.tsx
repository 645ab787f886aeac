import { useId, useRef } from 'react';
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { TextAreaField, TextField } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { reportErrorText } from './fieldErrors';
import { maxNextSteps, type ReportFormValues } from './reportForm';

/** The practitioner's own closing words and the next steps, a list that grows and shrinks. */
export function ClosingWords({ form }: { form: UseFormReturn<ReportFormValues> }) {
  const { t } = useTranslation();
  const hint = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const closingOn = useWatch({ control: form.control, name: 'sections.closing' });
  const steps = useFieldArray({ control: form.control, name: 'nextSteps' });
  const { errors } = form.formState;
  const full = steps.fields.length >= maxNextSteps;

  return (
    <fieldset aria-describedby={closingOn ? undefined : hint}>
      <legend>{t('reports.closing.legend')}</legend>
      {!closingOn ? (
        <p id={hint} className="field-hint">
          {t('reports.closing.off')}
        </p>
      ) : (
        <div className="stack">
          <TextAreaField
            label={t('reports.closing.remark')}
            hint={t('reports.closing.remarkHint')}
            rows={4}
            error={reportErrorText(t, errors.closingRemark, t('reports.closing.remark'))}
            {...form.register('closingRemark')}
          />
          <div className="next-steps">
            <h3 className="field-label">{t('reports.closing.nextSteps')}</h3>
            <p className="field-hint">{steps.fields.length === 0 ? t('reports.closing.noSteps') : t('reports.closing.nextStepsHint')}</p>
            {steps.fields.length > 0 && (
              <ol className="next-step-list">
                {steps.fields.map((step, index) => {
                  const label = t('reports.closing.step', { number: index + 1 });
                  return (
                    <li key={step.id} className="next-step">
                      <TextField
                        label={label}
                        maxLength={500}
                        error={reportErrorText(t, errors.nextSteps?.[index]?.text, label)}
                        {...form.register(`nextSteps.${index}.text`)}
                        onKeyDown={(event) => {
                          // Enter starts the next step, as in a list; it never saves the report by accident.
                          if (event.key !== 'Enter') return;
                          event.preventDefault();
                          if (!full) steps.append({ text: '' });
                        }}
                      />
                      <Button
                        variant="quiet"
                        className="next-step-remove"
                        onClick={() => {
                          steps.remove(index);
                          addButton.current?.focus();
                        }}
                      >
                        {t('reports.closing.removeStep')}{' '}
                        <span className="visually-hidden">({label})</span>
                      </Button>
                    </li>
                  );
                })}
              </ol>
            )}
            <button ref={addButton} type="button" className="button button-secondary" disabled={full} onClick={() => steps.append({ text: '' })}>
              <Icon name="plus" />
              <span>{t('reports.closing.addStep')}</span>
            </button>
            {full && <p className="field-hint">{t('reports.closing.maxSteps', { count: maxNextSteps })}</p>}
          </div>
        </div>
      )}
    </fieldset>
  );
}
