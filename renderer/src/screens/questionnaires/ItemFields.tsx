import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../../shared/questionnaires/definition';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/Field';
import { editorErrorText, errorAt } from './editorErrors';
import { LocalizedFields, type EditorPath } from './EditorFields';
import { newItem, type EditorValues } from './editorValues';
import { screenLanguage } from './language';

/** The items: text in both languages (when the text may be shipped), reverse keying and subscale. */
export function ItemFields() {
  const { t, i18n } = useTranslation();
  const language = screenLanguage(i18n.language);
  const { control, register, getValues, formState } = useFormContext<EditorValues>();
  const items = useFieldArray({ control, name: 'items' });
  const textLicensed = useWatch({ control, name: 'textLicensed' });
  const subscales = useWatch({ control, name: 'scoring.subscales' });
  const listError = editorErrorText(t, errorAt(formState.errors, 'items'), t('questionnaires.editor.items'));

  return (
    <fieldset className="card editor-section">
      <legend>{t('questionnaires.editor.items')}</legend>
      <label className="checkbox">
        <input type="checkbox" {...register('textLicensed')} />
        <span>{t('questionnaires.editor.textLicensed')}</span>
      </label>
      <p className="muted small">{t('questionnaires.editor.textLicensedHint')}</p>
      {listError && <p className="field-error">{listError}</p>}
      <ol className="editor-rows item-rows">
        {items.fields.map((field, index) => {
          const number = index + 1;
          const idError = editorErrorText(t, errorAt(formState.errors, `items.${index}.id`), t('questionnaires.editor.itemNumber', { number }));
          return (
            <li key={field.id} className="editor-row item-row">
              <h3 className="item-number">{t('questionnaires.editor.itemNumber', { number })}</h3>
              {textLicensed ? (
                <LocalizedFields name={`items.${index}.text`} label={t('questionnaires.editor.itemText')} maxLength={1000} multiline />
              ) : (
                <p className="muted small">{t('questionnaires.editor.noItemText')}</p>
              )}
              {idError && <p className="field-error">{idError}</p>}
              <div className="item-options">
                <label className="checkbox">
                  <input type="checkbox" {...register(`items.${index}.reverseKeyed` as EditorPath)} />
                  <span>{t('questionnaires.editor.reverseKeyed')}</span>
                </label>
                {subscales.length > 0 && (
                  <SelectField
                    label={t('questionnaires.editor.subscale')}
                    error={editorErrorText(t, errorAt(formState.errors, `items.${index}.subscale`), t('questionnaires.editor.subscale'))}
                    {...register(`items.${index}.subscale` as EditorPath)}
                  >
                    <option value="">{t('questionnaires.editor.noSubscale')}</option>
                    {subscales.map((s) => (
                      <option key={s.key} value={s.key}>
                        {localize(s.title, language) || s.key}
                      </option>
                    ))}
                  </SelectField>
                )}
                <Button variant="quiet" disabled={items.fields.length === 1} onClick={() => items.remove(index)}>
                  {t('questionnaires.editor.remove')}
                  <span className="visually-hidden"> {t('questionnaires.editor.itemNumber', { number })}</span>
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <Button icon="plus" onClick={() => items.append(newItem(getValues('items').map((item) => item.id)))}>
        {t('questionnaires.editor.addItem')}
      </Button>
    </fieldset>
  );
}
