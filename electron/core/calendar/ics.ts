import type { CalendarFile } from '../../../shared/contract';
import { addDays, addMinutes } from '../../../shared/domain/calendar';
import type { Db } from '../db/open';
import { readPractice } from '../practice/repository';
import { icsFile, icsLocal, icsText, icsUtc } from './icsText';

/** Session times are the practice's wall-clock times, and the practice is in the Netherlands. */
const timeZone = 'Europe/Amsterdam';

const vtimezone = [
  'BEGIN:VTIMEZONE',
  `TZID:${timeZone}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const words = {
  nl: { session: 'Traject-sessie', minutes: 'min', calendar: 'Traject-agenda' },
  en: { session: 'Traject session', minutes: 'min', calendar: 'Traject calendar' },
} as const;

interface EventRow {
  id: number;
  starts_at: string;
  duration_minutes: number;
  status: 'planned' | 'cancelled';
  title: string;
  names: string;
  created_at: string;
  updated_at: string;
}

export interface CalendarExport {
  from: string;
  to?: string | undefined;
  withNames: boolean;
  /** The vault's own id: with the session id it makes a UID no other calendar uses. */
  vaultId: string;
  now: Date;
}

/**
 * Planned sessions (and cancelled ones, so a re-import removes them) as an iCalendar file. A UID
 * per session makes a re-import update the event instead of adding a second one. Titles are
 * neutral by default: calendars sync to other people's servers, so no names and no trajectory title.
 */
export function calendarFile(db: Db, q: CalendarExport): CalendarFile {
  const w = words[readPractice(db).language];
  const rows = db
    .prepare(
      `SELECT s.id, s.starts_at, s.duration_minutes, s.status, t.title, s.created_at, s.updated_at,
         (SELECT json_group_array(coalesce(nullif(c.preferred_name, ''), c.first_name) || ' ' || c.last_name)
           FROM session_attendee a JOIN participant p ON p.id = a.participant_id JOIN client c ON c.id = p.client_id
           WHERE a.session_id = s.id) AS names
       FROM session s JOIN trajectory t ON t.id = s.trajectory_id
       WHERE s.status IN ('planned', 'cancelled') AND s.starts_at >= @from AND (@to IS NULL OR s.starts_at < @to)
       ORDER BY s.starts_at, s.id`,
    )
    .all({ from: q.from, to: q.to === undefined ? null : addDays(q.to, 1) }) as EventRow[];
  const stamp = icsUtc(q.now);
  const events = rows.flatMap((r) => {
    const neutral = `${w.session} ${r.starts_at.slice(11)} (${r.duration_minutes} ${w.minutes})`;
    const summary = q.withNames ? `${neutral}: ${(JSON.parse(r.names) as string[]).join(', ')} · ${r.title}` : neutral;
    // Each change of the session moves its updated_at on, so a calendar sees the newer version.
    const sequence = Math.max(0, Math.floor((Date.parse(r.updated_at) - Date.parse(r.created_at)) / 1000));
    return [
      'BEGIN:VEVENT',
      `UID:session-${r.id}.${q.vaultId}@traject`,
      `DTSTAMP:${stamp}`,
      `LAST-MODIFIED:${icsUtc(new Date(r.updated_at))}`,
      `SEQUENCE:${sequence}`,
      `DTSTART;TZID=${timeZone}:${icsLocal(r.starts_at)}`,
      `DTEND;TZID=${timeZone}:${icsLocal(addMinutes(r.starts_at, r.duration_minutes))}`,
      `SUMMARY:${icsText(summary)}`,
      `STATUS:${r.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    ];
  });
  const ics = icsFile([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Traject//Traject agenda//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(w.calendar)}`,
    `X-WR-TIMEZONE:${timeZone}`,
    ...vtimezone,
    ...events,
    'END:VCALENDAR',
  ]);
  return { ics, events: rows.length, fileName: 'traject-agenda.ics' };
}
