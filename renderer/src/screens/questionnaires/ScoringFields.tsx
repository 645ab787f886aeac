import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { bandSeverity } from '../../../../shared/questionnaires/definition';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/Field';
import { editorErrorText, errorAt } from './editorErrors';
import { LocalizedFields, NumberField, type EditorPath } from './EditorFields';
import { nextId, type EditorValues } from './editorValues';

/** Interpretation bands of the total score: a range, its words, and how much attention it asks. */
function BandFields() {
  const { t } = useTranslation();
  const { control, register, formState } = useFormContext<EditorValues>();
  const bands = useFieldArray({ control, name: 'scoring.bands' });
  return (
    <>
      <h3>{t('questionnaires.editor.bands')}</h3>
      <p className="muted small">{t('questionnaires.editor.bandsIntro')}</p>
      <ol className="editor-rows">
        {bands.fields.map((field, index) => (
          <li key={field.id} className="editor-row band-row">
            <div className="field-grid field-grid-narrow">
              <NumberField name={`scoring.bands.${index}.from`} label={t('questionnaires.editor.bandFrom')} />
              <NumberField name={`scoring.bands.${index}.to`} label={t('questionnaires.editor.bandTo')} />
              <SelectField
                label={t('questionnaires.editor.severity')}
                error={editorErrorText(t, errorAt(formState.errors, `scoring.bands.${index}.severity`), t('questionnaires.editor.severity'))}
                {...register(`scoring.bands.${index}.severity` as EditorPath)}
              >
                {bandSeverity.options.map((severity) => (
                  <option key={severity} value={severity}>
                    {t(`questionnaires.severity.${severity}`)}
                  </option>
                ))}
              </SelectField>
            </div>
            <LocalizedFields name={`scoring.bands.${index}.label`} label={t('questionnaires.editor.bandLabel')} maxLength={120} />
            <Button variant="quiet" onClick={() => bands.remove(index)}>
              {t('questionnaires.editor.remove')}
              <span className="visually-hidden"> {t('questionnaires.editor.bandNumber', { number: index + 1 })}</span>
            </Button>
          </li>
        ))}
      </ol>
      <Button icon="plus" onClick={() => bands.append({ from: 0, to: 0, label: { nl: '', en: '' }, severity: 'none' })}>
        {t('questionnaires.editor.addBand')}
      </Button>
    </>
  );
}

/** Subscales: a title and, if it differs, their own scoring method; items choose their subscale. */
function SubscaleFields() {
  const { t } = useTranslation();
  const { control, register, getValues, formState } = useFormContext<EditorValues>();
  const subscales = useFieldArray({ control, name: 'scoring.subscales' });
  return (
    <>
      <h3>{t('questionnaires.editor.subscales')}</h3>
      <p className="muted small">{t('questionnaires.editor.subscalesIntro')}</p>
      <ol className="editor-rows">
        {subscales.fields.map((field, index) => {
          const keyError = editorErrorText(t, errorAt(formState.errors, `scoring.subscales.${index}.key`), t('questionnaires.editor.subscale'));
          return (
            <li key={field.id} className="editor-row">
              <LocalizedFields name={`scoring.subscales.${index}.title`} label={t('questionnaires.editor.subscaleTitle')} maxLength={120} />
              {keyError && <p className="field-error">{keyError}</p>}
              <div className="field-grid field-grid-narrow">
                <SelectField label={t('questionnaires.editor.subscaleMethod')} {...register(`scoring.subscales.${index}.method` as EditorPath)}>
                  <option value="">{t('questionnaires.editor.sameMethod')}</option>
                  <option value="sum">{t('questionnaires.method.sum')}</option>
                  <option value="mean">{t('questionnaires.method.mean')}</option>
                </SelectField>
                <NumberField name={`scoring.subscales.${index}.maxMissing`} label={t('questionnaires.editor.maxMissing')} />
              </div>
              <Button variant="quiet" onClick={() => subscales.remove(index)}>
                {t('questionnaires.editor.remove')}
                <span className="visually-hidden"> {t('questionnaires.editor.subscaleNumber', { number: index + 1 })}</span>
              </Button>
            </li>
          );
        })}
      </ol>
      <Button
        icon="plus"
        onClick={() =>
          subscales.append({
            key: nextId('s', getValues('scoring.subscales').map((s) => s.key)),
            title: { nl: '', en: '' },
            method: '',
            maxMissing: 0,
            bands: [],
          })
        }
      >
        {t('questionnaires.editor.addSubscale')}
      </Button>
    </>
  );
}

/** How the answers become a score: the method, how many items may stay open, bands and subscales. */
export function ScoringFields() {
  const { t } = useTranslation();
  const { register } = useFormContext<EditorValues>();
  return (
    <fieldset className="card editor-section">
      <legend>{t('questionnaires.editor.scoring')}</legend>
      <div className="field-grid">
        <fieldset>
          <legend className="field-label">{t('questionnaires.editor.method')}</legend>
          <div className="radio-group">
            <label className="radio">
              <input type="radio" value="sum" {...register('scoring.method')} />
              <span>{t('questionnaires.method.sum')}</span>
            </label>
            <label className="radio">
              <input type="radio" value="mean" {...register('scoring.method')} />
              <span>{t('questionnaires.method.mean')}</span>
            </label>
          </div>
        </fieldset>
        <NumberField name="scoring.maxMissing" label={t('questionnaires.editor.maxMissing')} hint={t('questionnaires.editor.maxMissingHint')} />
      </div>
      <BandFields />
      <SubscaleFields />
    </fieldset>
  );
}
