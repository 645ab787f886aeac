import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../i18n/validation';
import { Icon } from '../../ui/Icon';
import type { DraftStatus } from './useDraftNotes';
import { formatInstantTime } from '../../i18n/format';

/** Where the draft stands, said quietly; a problem is said clearly, with what happens to the text. */
export function DraftStatusLine({ status, onRetry }: { status: DraftStatus; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  switch (status.kind) {
    case 'clean':
      return (
        <p className="draft-status" role="status">
          {status.savedAt && (
            <>
              <Icon name="check" />
              {t('sessions.notes.savedAt', { time: formatInstantTime(status.savedAt, i18n.language) })}
            </>
          )}
        </p>
      );
    case 'dirty':
      return (
        <p className="draft-status" role="status">
          {t('sessions.notes.unsaved')}
        </p>
      );
    case 'saving':
      return (
        <p className="draft-status" role="status">
          {t('sessions.notes.saving')}
        </p>
      );
    case 'locked':
      return (
        <p className="draft-status draft-problem" role="alert">
          <Icon name="lock" />
          {t('sessions.notes.lockedPending')}
        </p>
      );
    case 'failed':
      return (
        <div className="draft-status draft-problem" role="alert">
          <Icon name="alert" />
          <span>{t('sessions.notes.failed', { reason: apiErrorText(t, status.error) })}</span>
          <button type="button" className="link-button" onClick={onRetry}>
            {t('sessions.notes.retry')}
          </button>
        </div>
      );
  }
}
