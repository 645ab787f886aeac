import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireDetail } from '../../../../shared/contract';
import { questionnaireContent } from '../../../../shared/questionnaires/definition';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText, formErrors } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { useRead } from '../../api/useRead';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { useNotify } from '../../ui/Toasts';
import { LocalizedFields } from './EditorFields';
import { emptyValues, toContent, valuesFrom, type EditorValues } from './editorValues';
import { ItemFields } from './ItemFields';
import { ScaleFields } from './ScaleFields';
import { ScoringFields } from './ScoringFields';

/** The contract's own schema checks the form, on the content the editor's fields stand for. */
const contentResolver = zodResolver(questionnaireContent, formErrors);
const resolver: Resolver<EditorValues> = async (values, context, options) => {
  const checked = await contentResolver(toContent(values), context, options as never);
  const errors = checked.errors as FieldErrors<EditorValues>;
  return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
};

export type EditorStart = { kind: 'new' } | { kind: 'copy'; key: string } | { kind: 'edit'; key: string };

interface QuestionnaireEditorProps {
  start: EditorStart;
  onDone: (key: string | null) => void;
}

/** A custom questionnaire, new, copied from another, or changed (a change after responses becomes a new version). */
export function QuestionnaireEditor({ start, onDone }: QuestionnaireEditorProps) {
  const { t } = useTranslation();
  const sourceKey = start.kind === 'new' ? null : start.key;
  const read = useRead('questionnaires.get', { key: sourceKey ?? '' }, { enabled: sourceKey !== null });
  const source = read.data ?? null;
  const failure = read.error;

  if (start.kind !== 'new' && !source) {
    return failure ? <Notice tone="error">{apiErrorText(t, failure)}</Notice> : <BusyNote busy label={t('questionnaires.loading')} />;
  }
  const initial =
    start.kind === 'new' || !source
      ? emptyValues()
      : valuesFrom(source, start.kind === 'copy' ? { titleSuffix: { nl: t('questionnaires.editor.copySuffixNl'), en: t('questionnaires.editor.copySuffixEn') } } : null);
  return <EditorForm start={start} source={source} initial={initial} onDone={onDone} />;
}

interface EditorFormProps {
  start: EditorStart;
  source: QuestionnaireDetail | null;
  initial: EditorValues;
  onDone: (key: string | null) => void;
}

function EditorForm({ start, source, initial, onDone }: EditorFormProps) {
  const { t } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<EditorValues>({ resolver, defaultValues: initial, shouldFocusError: true });
  const { errors, isSubmitting } = form.formState;

  const save = form.handleSubmit(async (values) => {
    setFailure(null);
    const definition = toContent(values);
    const result =
      start.kind === 'edit'
        ? await write('questionnaires.update', { key: start.key, definition })
        : await write('questionnaires.create', {
            definition,
            ...(start.kind === 'copy' && source
              ? { basedOn: { key: source.definition.key, version: source.definition.version } }
              : {}),
          });
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    notify(
      start.kind === 'edit' && result.value.definition.version > (source?.definition.version ?? 1)
        ? t('questionnaires.editor.savedNewVersion', { version: result.value.definition.version })
        : t('questionnaires.editor.saved'),
    );
    onDone(result.value.definition.key);
  });

  const title =
    start.kind === 'new'
      ? t('questionnaires.editor.newTitle')
      : start.kind === 'copy'
        ? t('questionnaires.editor.copyTitle')
        : t('questionnaires.editor.editTitle');
  return (
    <FormProvider {...form}>
      <PageHeader title={title} />
      {start.kind === 'edit' && source && source.responseCount > 0 && (
        <Notice tone="info">{t('questionnaires.editor.versionNotice', { count: source.responseCount })}</Notice>
      )}
      {Object.keys(errors).length > 0 && <Notice tone="error">{t('validation.summary')}</Notice>}
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <form className="questionnaire-editor" noValidate onSubmit={(event) => void save(event)}>
        <fieldset className="card editor-section">
          <legend>{t('questionnaires.editor.about')}</legend>
          <LocalizedFields name="title" label={t('questionnaires.editor.title')} maxLength={200} />
          <LocalizedFields name="instructions" label={t('questionnaires.editor.instructions')} maxLength={2000} multiline />
          <LocalizedFields name="source" label={t('questionnaires.editor.source')} hint={t('questionnaires.editor.sourceHint')} maxLength={2000} multiline />
        </fieldset>
        <ScaleFields />
        <ItemFields />
        <ScoringFields />
        <div className="form-actions">
          <Button type="submit" variant="primary" icon="check" disabled={isSubmitting}>
            {t('common.save')}
          </Button>
          <Button variant="quiet" onClick={() => onDone(start.kind === 'edit' ? start.key : null)}>
            {t('common.cancel')}
          </Button>
          <BusyNote busy={isSubmitting} label={t('questionnaires.editor.saving')} />
        </div>
      </form>
    </FormProvider>
  );
}
