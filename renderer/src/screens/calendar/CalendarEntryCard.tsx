import { useTranslation } from 'react-i18next';
import type { CalendarEntry } from '../../../../shared/contract';
import { sessionProgress } from '../../../../shared/domain/session';
import { formatDayAndTime, formatTimeRange } from '../../i18n/format';
import { SessionStatusIcon } from '../../ui/SessionStatusIcon';

interface CalendarEntryCardProps {
  entry: CalendarEntry;
  onOpen: (entry: CalendarEntry) => void;
  onMove: (entry: CalendarEntry) => void;
}

/** One session in the calendar: when, for whom, its status in words; open it, or move it through a dialog. */
export function CalendarEntryCard({ entry, onOpen, onMove }: CalendarEntryCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const progress = sessionProgress(entry);
  const when = formatDayAndTime(entry.startsAt, language);
  return (
    <li className={`calendar-entry calendar-entry-${entry.status}`}>
      <p className="calendar-entry-time">{formatTimeRange(entry.startsAt, entry.durationMinutes, language)}</p>
      <button type="button" className="link-button calendar-entry-title" aria-label={t('calendar.openLabel', { when, title: entry.trajectoryTitle })} onClick={() => onOpen(entry)}>
        {entry.trajectoryTitle}
      </button>
      <p className="calendar-entry-meta">
        {t(`sessions.kind.${entry.kind}`)}
        {entry.attendeeNames.length > 0 && <> · {entry.attendeeNames.join(', ')}</>}
        {entry.seriesId !== null && <> · {t('calendar.series')}</>}
      </p>
      {progress !== 'planned' && (
        <p className="calendar-entry-status">
          <SessionStatusIcon status={progress} />
          {t(`trajectories.sessionStatus.${progress}`)}
        </p>
      )}
      {entry.status === 'planned' && (
        <button type="button" className="link-button calendar-entry-move" aria-label={t('calendar.moveLabel', { when, title: entry.trajectoryTitle })} onClick={() => onMove(entry)}>
          {t('planning.reschedule.open')}
        </button>
      )}
    </li>
  );
}
