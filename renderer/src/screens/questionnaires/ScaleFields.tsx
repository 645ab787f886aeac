import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { LocalizedFields, NumberField } from './EditorFields';
import type { EditorValues } from './editorValues';

/** The response scale: its ends, and words for some or all of its points. */
export function ScaleFields() {
  const { t } = useTranslation();
  const { control, getValues } = useFormContext<EditorValues>();
  const labels = useFieldArray({ control, name: 'scale.labels' });
  return (
    <fieldset className="card editor-section">
      <legend>{t('questionnaires.editor.scale')}</legend>
      <p className="muted">{t('questionnaires.editor.scaleIntro')}</p>
      <div className="field-grid field-grid-narrow">
        <NumberField name="scale.min" label={t('questionnaires.editor.scaleMin')} />
        <NumberField name="scale.max" label={t('questionnaires.editor.scaleMax')} />
      </div>
      <h3>{t('questionnaires.editor.scaleLabels')}</h3>
      {labels.fields.length === 0 && <p className="muted small">{t('questionnaires.editor.noScaleLabels')}</p>}
      <ol className="editor-rows">
        {labels.fields.map((field, index) => (
          <li key={field.id} className="editor-row">
            <NumberField name={`scale.labels.${index}.value`} label={t('questionnaires.editor.point')} className="narrow-number" />
            <LocalizedFields name={`scale.labels.${index}.label`} label={t('questionnaires.editor.pointLabel')} maxLength={120} />
            <Button variant="quiet" onClick={() => labels.remove(index)}>
              {t('questionnaires.editor.remove')}
              <span className="visually-hidden"> {t('questionnaires.editor.pointNumber', { number: index + 1 })}</span>
            </Button>
          </li>
        ))}
      </ol>
      <Button
        icon="plus"
        onClick={() => {
          const { min, max } = getValues('scale');
          const used = getValues('scale.labels').map((l) => l.value);
          const free = Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => min + i).find((v) => !used.includes(v));
          labels.append({ value: free ?? min, label: { nl: '', en: '' } });
        }}
      >
        {t('questionnaires.editor.addPoint')}
      </Button>
    </fieldset>
  );
}
