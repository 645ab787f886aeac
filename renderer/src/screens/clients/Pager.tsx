import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

interface PagerProps {
  offset: number;
  limit: number;
  total: number;
  /** What is paged through, for screen readers; the clients list by default. */
  label?: string;
  onOffset: (offset: number) => void;
}

/** "26–50 of 120" with previous and next; hidden when everything fits on one page. */
export function Pager({ offset, limit, total, label, onOffset }: PagerProps) {
  const { t } = useTranslation();
  if (total <= limit && offset === 0) return null;
  const from = Math.min(offset + 1, total);
  const to = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label={label ?? t('clients.paging')}>
      <p aria-live="polite">{t('clients.range', { from, to, total })}</p>
      <div className="button-row">
        <Button icon="back" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
          {t('clients.previous')}
        </Button>
        <Button icon="next" disabled={to >= total} onClick={() => onOffset(offset + limit)}>
          {t('clients.next')}
        </Button>
      </div>
    </nav>
  );
}
