import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, ImportPreset } from '../../../../../shared/contract/clientImport';
import type { ApiError } from '../../../../../shared/errors';
import { apiErrorText } from '../../../i18n/validation';
import { useWrite } from '../../../api/useWrite';
import { useRead } from '../../../api/useRead';
import { BusyNote } from '../../../ui/BusyNote';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { PageHeader } from '../../../ui/PageHeader';
import { useNotify } from '../../../ui/Toasts';
import { useNavigate } from '../../shell/navigation';
import { fileAsBase64 } from './fileBytes';
import { ImportMapping } from './ImportMapping';
import { ImportRowsTable } from './ImportRowsTable';
import '../../../styles/clients.css';

/** What the preview was asked with: a preset, or a mapping chosen column by column. */
type Layout = { preset: ImportPreset } | { mapping: ColumnMapping } | Record<string, never>;

/** The import wizard: a file, its columns mapped (presets for common tools), a preview, then all or nothing. */
export function ClientImportScreen() {
  const { t } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const navigate = useNavigate();
  const [content, setContent] = useState<string | null>(null);
  const [layout, setLayout] = useState<Layout>({});
  const [importing, setImporting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  // A changed layout keeps the rows shown until the new preview is in.
  const read = useRead('clients.importPreview', { contentBase64: content ?? '', ...layout }, { enabled: content !== null, keepPrevious: true });
  const preview = read.error ? null : (read.data ?? null);
  const busy = importing || read.loading;
  const shownFailure = failure ?? (read.error ? apiErrorText(t, read.error) : null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setFailure(null);
    setLayout({});
    setContent(await fileAsBase64(file));
  };

  const runImport = async () => {
    if (!content) return;
    setImporting(true);
    setFailure(null);
    const result = await write('clients.import', { contentBase64: content, ...layout, skipInvalid });
    setImporting(false);
    if (!result.ok) {
      setFailure(refusal(result.error));
      return;
    }
    notify(t('clientImport.done', { count: result.value.imported }));
    if (result.value.skipped.length > 0) notify(t('clientImport.skipped', { count: new Set(result.value.skipped.map((s) => s.line)).size }));
    navigate({ screen: 'clients' });
  };

  const refusal = (error: ApiError) => (error.code === 'CONFLICT' && error.reason === 'import_invalid' ? t('clientImport.refused') : apiErrorText(t, error));
  const importable = preview ? (skipInvalid || preview.invalid === 0 ? preview.valid : 0) : 0;

  return (
    <>
      <Button variant="quiet" icon="back" onClick={() => navigate({ screen: 'clients' })}>
        {t('clientImport.back')}
      </Button>
      <PageHeader title={t('clientImport.title')} />
      <p className="lead">{t('clientImport.intro')}</p>
      <div className="field">
        <label className="field-label" htmlFor="import-file">
          {t('clientImport.file')}
        </label>
        <input id="import-file" type="file" accept=".csv,text/csv" onChange={(event) => void choose(event.target.files?.[0])} />
      </div>
      <BusyNote busy={busy} label={t('clientImport.reading')} />
      {shownFailure && <Notice tone="error">{shownFailure}</Notice>}
      {preview && content && (
        <>
          <p className="muted">
            {t('clientImport.found', { columns: preview.columns.length, rows: preview.rows.length, encoding: preview.encoding.toUpperCase(), delimiter: preview.delimiter === '\t' ? 'tab' : preview.delimiter })}
          </p>
          <ImportMapping preview={preview} onLayout={setLayout} />
          <section className="import-preview" aria-labelledby="import-preview-title">
            <h2 id="import-preview-title">{t('clientImport.preview')}</h2>
            <p role="status">{t('clientImport.summary', { valid: preview.valid, invalid: preview.invalid, duplicates: preview.duplicates })}</p>
            <ImportRowsTable preview={preview} />
            <p className="muted">{t('clientImport.allOrNothing')}</p>
            <label className="checkbox">
              <input type="checkbox" checked={skipInvalid} onChange={(event) => setSkipInvalid(event.target.checked)} />
              <span>{t('clientImport.skipInvalid')}</span>
            </label>
            <div className="form-actions">
              <Button variant="primary" icon="check" disabled={busy} onClick={() => void runImport()}>
                {importable > 0 ? t('clientImport.submit', { count: importable }) : t('clientImport.open')}
              </Button>
            </div>
          </section>
        </>
      )}
    </>
  );
}
