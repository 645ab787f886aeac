import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { Notice } from '../../ui/Notice';
import { downloadFile } from '../../ui/download';
import { useNotify } from '../../ui/Toasts';
import { FormDialog } from '../trajectories/FormDialog';

/** "Agenda exporteren": the planned sessions as an .ics file; names only when chosen, with the warning beside it. */
export function ExportCalendarDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const [withNames, setWithNames] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const exportFile = async () => {
    setBusy(true);
    setFailure(null);
    const result = await write('calendar.export', { withNames });
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    downloadFile(result.value.ics, result.value.fileName, 'text/calendar');
    notify(t('calendar.export.done', { count: result.value.events, file: result.value.fileName }));
    onOpenChange(false);
  };

  return (
    <FormDialog open={open} onOpenChange={onOpenChange} title={t('calendar.export.title')} description={t('calendar.export.intro')}>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <label className="checkbox">
        <input type="checkbox" checked={withNames} onChange={(event) => setWithNames(event.target.checked)} aria-describedby="calendar-names-warning" />
        <span>{t('calendar.export.withNames')}</span>
      </label>
      <p className="muted small">{t('calendar.export.withNamesHint')}</p>
      <div id="calendar-names-warning" className={withNames ? 'notice notice-attention' : 'notice notice-info'}>
        <Icon name="alert" />
        <p>{t('calendar.export.warning')}</p>
      </div>
      <div className="dialog-actions">
        <Button variant="quiet" onClick={() => onOpenChange(false)}>
          {t('common.cancel')}
        </Button>
        <Button variant="primary" icon="download" disabled={busy} onClick={() => void exportFile()}>
          {t('calendar.export.submit')}
        </Button>
      </div>
    </FormDialog>
  );
}
