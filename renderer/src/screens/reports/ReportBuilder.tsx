import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, useWatch, type FieldErrors, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ReportOptions, ReportPreview } from '../../../../shared/contract/reports';
import type { ApiError } from '../../../../shared/errors';
import { applyApiError } from '../../forms/applyApiError';
import { apiErrorText, formErrors } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { useFetchRead } from '../../api/useRead';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';
import { AudienceChoice, LanguageChoice } from './AudienceChoice';
import { ClosingWords } from './ClosingWords';
import { PasswordChoice } from './PasswordChoice';
import { downloadPdf } from './pdfBytes';
import { PeriodChoice } from './PeriodChoice';
import { PreviewPages } from './PreviewPages';
import {
  defaultReportValues,
  fieldOrder,
  previewFields,
  reportFormSchema,
  toExportRequest,
  toReportRequest,
  type ReportFormValues,
} from './reportForm';
import { SectionChoice } from './SectionChoice';

interface ReportBuilderProps {
  trajectoryId: number;
  options: ReportOptions;
}

type Shown = ReportPreview & { request: string };

/** The choices on the left, the pages they make on the right; saving records the export. */
export function ReportBuilder({ trajectoryId, options }: ReportBuilderProps) {
  const { t } = useTranslation();
  const write = useWrite();
  // A preview is made when asked for, on the button, for the choices made then: a click-style read.
  const fetchRead = useFetchRead();
  const notify = useNotify();
  const schema = useMemo(() => reportFormSchema(options.sessions.map((s) => s.id)), [options.sessions]);
  const form = useForm<ReportFormValues>({
    resolver: zodResolver(schema, formErrors),
    defaultValues: defaultReportValues(options),
    shouldFocusError: false, // focus follows reading order, see focusFirstReportError
  });
  const [shown, setShown] = useState<Shown | null>(null);
  const [previewBusy, setPreviewBusy] = useState(false);
  const [wide, setWide] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  useWatch({ control: form.control }); // every change re-renders, so a preview that fell behind says so
  const current = JSON.stringify(toReportRequest(trajectoryId, form.getValues()));
  const protect = form.getValues('protect');

  const showPreview = async () => {
    if (!(await form.trigger([...previewFields]))) {
      focusFirstReportError(form, form.formState.errors);
      return;
    }
    const request = toReportRequest(trajectoryId, form.getValues());
    setFailure(null);
    setPreviewBusy(true);
    const result = await fetchRead('reports.preview', request);
    setPreviewBusy(false);
    if (result.ok) setShown({ ...result.value, request: JSON.stringify(request) });
    else setFailure(result.error);
  };

  const save = form.handleSubmit(
    async (values) => {
      setFailure(null);
      const result = await write('reports.export', toExportRequest(trajectoryId, values));
      if (!result.ok) {
        if (!applyApiError(result.error, ['password', 'intro', 'closingRemark'], form.setError)) setFailure(result.error);
        return;
      }
      const exported = result.value;
      if (exported.pdfBase64) {
        downloadPdf(exported.pdfBase64, exported.fileName);
        notify(t('reports.save.downloaded', { fileName: exported.fileName }));
      } else if (exported.saved === false) {
        notify(t('reports.save.cancelled'), 'info');
      } else {
        notify(t('reports.save.saved', { fileName: exported.fileName }));
      }
      // The password leaves the screen as soon as it has done its work.
      form.resetField('password');
      form.resetField('confirm');
    },
    (errors) => focusFirstReportError(form, errors),
  );

  return (
    <form className={wide ? 'report-builder preview-wide' : 'report-builder'} onSubmit={(event) => void save(event)} noValidate aria-label={t('reports.title')}>
      <div className="report-choices-column card">
        {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
        <AudienceChoice form={form} audiences={options.audiences} />
        <PeriodChoice form={form} options={options} />
        <LanguageChoice form={form} />
        <SectionChoice form={form} />
        <ClosingWords form={form} />
        <PasswordChoice form={form} />
        <div className="form-actions report-save">
          <Button type="submit" variant="primary" icon="check" disabled={form.formState.isSubmitting}>
            {t('reports.save.submit')}
          </Button>
          <BusyNote busy={form.formState.isSubmitting} label={t('reports.save.busy')} />
        </div>
      </div>
      <section className="report-preview card" aria-labelledby="report-preview-title">
        <div className="report-preview-head">
          <h2 id="report-preview-title">{t('reports.preview.title')}</h2>
          <Button icon="search" disabled={previewBusy} onClick={() => void showPreview()}>
            {shown ? t('reports.preview.refresh') : t('reports.preview.show')}
          </Button>
        </div>
        <BusyNote busy={previewBusy} label={t('reports.preview.busy')} />
        {shown && shown.request !== current && <p className="preview-stale">{t('reports.preview.stale')}</p>}
        {shown ? (
          <>
            {protect && <p className="field-hint">{t('reports.password.previewNote')}</p>}
            <PreviewPages pdfBase64={shown.pdfBase64} pageCount={shown.pageCount} large={wide} onLargeChange={setWide} />
          </>
        ) : (
          <p className="preview-empty">{t('reports.preview.empty')}</p>
        )}
      </section>
    </form>
  );
}

/** Put the cursor on the first field that needs attention, in reading order. */
function focusFirstReportError(form: UseFormReturn<ReportFormValues>, errors: FieldErrors<ReportFormValues>): void {
  for (const name of fieldOrder) {
    if (!errors[name]) continue;
    if (name === 'sections') form.setFocus('sections.cover');
    else if (name === 'nextSteps') {
      const index = errors.nextSteps?.findIndex?.((step) => Boolean(step?.text)) ?? -1;
      if (index >= 0) form.setFocus(`nextSteps.${index}.text`);
    } else form.setFocus(name);
    return;
  }
}
