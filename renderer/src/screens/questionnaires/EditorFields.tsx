import { useFormContext, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../ui/Field';
import { editorErrorText, errorAt } from './editorErrors';
import type { EditorValues } from './editorValues';

export type EditorPath = Path<EditorValues>;

interface LocalizedFieldsProps {
  /** Path of a {nl, en} pair, e.g. "title" or "items.2.text". */
  name: string;
  label: string;
  hint?: string;
  multiline?: boolean;
  maxLength: number;
}

/** The same text in Dutch and in English, side by side; at least one of the two may be required. */
export function LocalizedFields({ name, label, hint, multiline, maxLength }: LocalizedFieldsProps) {
  const { t } = useTranslation();
  const { register, formState } = useFormContext<EditorValues>();
  const error = editorErrorText(t, errorAt(formState.errors, name), label);
  const Field = multiline ? TextAreaField : TextField;
  const rows = multiline ? { rows: 3 } : {};
  return (
    <div className="localized-fields">
      <Field
        label={t('questionnaires.editor.inDutch', { label })}
        hint={hint}
        error={error}
        maxLength={maxLength}
        lang="nl"
        {...rows}
        {...register(`${name}.nl` as EditorPath)}
      />
      <Field
        label={t('questionnaires.editor.inEnglish', { label })}
        maxLength={maxLength}
        lang="en"
        {...rows}
        {...register(`${name}.en` as EditorPath)}
      />
    </div>
  );
}

interface NumberFieldProps {
  name: string;
  label: string;
  hint?: string;
  className?: string;
}

/** A whole or decimal number; an empty field is "a number is needed", said in words. */
export function NumberField({ name, label, hint, className }: NumberFieldProps) {
  const { t } = useTranslation();
  const { register, formState } = useFormContext<EditorValues>();
  return (
    <TextField
      label={label}
      hint={hint}
      className={['number-field', className].filter(Boolean).join(' ')}
      inputMode="decimal"
      autoComplete="off"
      error={editorErrorText(t, errorAt(formState.errors, name), label)}
      {...register(name as EditorPath, {
        setValueAs: (value: unknown) => {
          const text = (typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '').trim().replace(',', '.');
          return text === '' ? undefined : Number(text);
        },
      })}
    />
  );
}
