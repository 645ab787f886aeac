import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarEntry } from '../../../../shared/contract';
import { localDate } from '../../../../shared/domain/calendar';
import { formatDay, formatLongDay } from '../../i18n/format';
import { apiErrorText } from '../../i18n/validation';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { RescheduleDialog } from '../planning/RescheduleDialog';
import { useNavigate } from '../shell/navigation';
import { CalendarEntryCard } from './CalendarEntryCard';
import { daysOf, step, type CalendarView } from './calendarDays';
import { ExportCalendarDialog } from './ExportCalendarDialog';
import { useCalendarEntries } from './useCalendarEntries';
import '../../styles/calendar.css';

/** The practitioner's calendar: a day or a week of sessions, each to open or to move. */
export function CalendarScreen({ view: initialView = 'week', date: initialDate }: { view?: CalendarView; date?: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const today = localDate(new Date());
  const [view, setView] = useState<CalendarView>(initialView);
  const [date, setDate] = useState(initialDate ?? today);
  const [moving, setMoving] = useState<CalendarEntry | null>(null);
  const [exporting, setExporting] = useState(false);
  const days = daysOf(view, date);
  const { entries, error } = useCalendarEntries(days[0]!, days[days.length - 1]!);
  const language = i18n.language;

  const go = (nextView: CalendarView, nextDate: string) => {
    setView(nextView);
    setDate(nextDate);
    navigate({ screen: 'calendar', view: nextView, date: nextDate });
  };

  // The arrow keys page through days or weeks, T goes to today (not while typing or in a dialog).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.altKey || event.ctrlKey || event.metaKey || target?.closest('input, select, textarea, [role="dialog"], [role="alertdialog"]')) return;
      if (event.key === 'ArrowLeft') go(view, step(view, date, -1));
      else if (event.key === 'ArrowRight') go(view, step(view, date, 1));
      else if (event.key === 't' || event.key === 'T') go(view, today);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const range =
    view === 'day' ? formatLongDay(date, language) : `${formatDay(days[0]!, language)} – ${formatDay(days[6]!, language)}`;
  return (
    <div className="calendar">
      <PageHeader title={t('calendar.title')}>
        <Button icon="download" onClick={() => setExporting(true)}>
          {t('calendar.export.open')}
        </Button>
      </PageHeader>
      <div className="calendar-toolbar" role="group" aria-label={t('calendar.title')}>
        <div className="calendar-views" role="group" aria-label={t('calendar.views')}>
          {(['day', 'week'] as const).map((v) => (
            <button key={v} type="button" className="button button-secondary" aria-pressed={view === v} onClick={() => go(v, date)}>
              {t(`calendar.${v}`)}
            </button>
          ))}
        </div>
        <div className="calendar-steps">
          <Button variant="secondary" icon="back" onClick={() => go(view, step(view, date, -1))}>
            <span className="visually-hidden">{t(`calendar.previous.${view}`)}</span>
          </Button>
          <Button variant="secondary" onClick={() => go(view, today)}>
            {t('calendar.today')}
          </Button>
          <Button variant="secondary" icon="next" onClick={() => go(view, step(view, date, 1))}>
            <span className="visually-hidden">{t(`calendar.next.${view}`)}</span>
          </Button>
        </div>
      </div>
      <h2 className="calendar-range" aria-live="polite">
        {range}
      </h2>
      <p className="muted small">{t('calendar.keys')}</p>
      {error && <Notice tone="error">{apiErrorText(t, error)}</Notice>}
      {!entries ? (
        <BusyNote busy label={t('calendar.loading')} />
      ) : (
        <>
          {entries.length === 0 && <p className="section-empty">{view === 'day' ? t('calendar.emptyDay') : t('calendar.emptyWeek')}</p>}
          <ol className={`calendar-days calendar-${view}`}>
            {days.map((day) => {
              const ofDay = entries.filter((e) => e.startsAt.startsWith(day));
              const headingId = `calendar-day-${day}`;
              return (
                <li key={day} className={day === today ? 'calendar-day calendar-today' : 'calendar-day'} aria-labelledby={headingId}>
                  <h3 id={headingId} className="calendar-day-title">
                    {formatDay(day, language)}
                    {day === today && <span className="badge">{t('calendar.today')}</span>}
                  </h3>
                  {ofDay.length === 0 ? (
                    <p className="muted small">{t('calendar.nothing')}</p>
                  ) : (
                    <ul className="calendar-entries">
                      {ofDay.map((entry) => (
                        <CalendarEntryCard key={entry.id} entry={entry} onOpen={(e) => navigate({ screen: 'session', id: e.id })} onMove={setMoving} />
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      <RescheduleDialog
        session={moving}
        onOpenChange={(open) => !open && setMoving(null)}
        onRescheduled={() => setMoving(null)}
      />
      <ExportCalendarDialog open={exporting} onOpenChange={setExporting} />
    </div>
  );
}
