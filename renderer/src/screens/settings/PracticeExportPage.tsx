import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { downloadFile } from '../../ui/download';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';

/** Settings → Praktijk exporteren: the whole practice as one JSON file, to move to another computer or tool. */
export function PracticeExportPage() {
  const { t } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const exportPractice = async () => {
    setFailure(null);
    setBusy(true);
    const result = await write('exports.practice', {});
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    downloadFile(result.value.json, result.value.fileName, 'application/json');
    notify(t('privacy.practiceExport.downloaded', { fileName: result.value.fileName }));
  };

  return (
    <section className="card settings-section" aria-labelledby="settings-practice-export">
      <h2 id="settings-practice-export">{t('privacy.practiceExport.title')}</h2>
      <p className="muted">{t('privacy.practiceExport.intro')}</p>
      <Notice tone="info">{t('privacy.practiceExport.notEncrypted')}</Notice>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <div className="form-actions">
        <Button icon="copy" disabled={busy} onClick={() => setAsking(true)}>
          {t('privacy.practiceExport.submit')}
        </Button>
        <BusyNote busy={busy} label={t('privacy.practiceExport.busy')} />
      </div>
      <ConfirmDialog
        open={asking}
        onOpenChange={setAsking}
        title={t('privacy.practiceExport.confirmTitle')}
        description={t('privacy.practiceExport.confirmText')}
        confirmLabel={t('privacy.practiceExport.confirm')}
        onConfirm={() => void exportPractice()}
      />
    </section>
  );
}
