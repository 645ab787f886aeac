import { useTranslation } from 'react-i18next';
import type { Restored } from '../../../../../shared/contract';
import { formatMoment } from '../../../i18n/format';
import { Notice } from '../../../ui/Notice';

/** What a restore did, in words: where it came from, how to undo it, and which key opens the vault now. */
export function RestoredNotice({ restored }: { restored: Restored }) {
  const { t, i18n } = useTranslation();
  return (
    <Notice tone="success">
      <p>{t('safety.restore.done', { date: formatMoment(restored.restoredFrom.createdAt, i18n.language) })}</p>
      <p>{restored.undo ? t('safety.restore.undo') : t('safety.restore.noUndo')}</p>
      {restored.erasuresReapplied > 0 && <p>{t('safety.restore.erasuresReapplied', { count: restored.erasuresReapplied })}</p>}
      {!restored.keptCurrentCredentials && <p>{t('safety.restore.oldCredentials')}</p>}
    </Notice>
  );
}
