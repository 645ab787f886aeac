import type { calendar as nl } from '../nl/calendar';

/** The calendar, in English. */
export const calendar: typeof nl = {
  title: 'Calendar',
  views: 'View',
  day: 'Day',
  week: 'Week',
  previous: { day: 'Previous day', week: 'Previous week' },
  next: { day: 'Next day', week: 'Next week' },
  today: 'Today',
  keys: 'The left and right arrow keys move a day or a week; T goes to today.',
  loading: 'Loading the calendar…',
  nothing: 'Nothing planned',
  emptyWeek: 'Nothing in the calendar this week. Plan a session from a programme.',
  emptyDay: 'Nothing in the calendar on this day.',
  open: 'Open',
  openLabel: 'Open the session {{when}} of {{title}}',
  moveLabel: 'Reschedule the session {{when}} of {{title}}',
  series: 'Series',
  export: {
    open: 'Export calendar',
    title: 'Export calendar',
    intro:
      'Traject makes a calendar file (.ics) with your planned sessions from today on. Open it in your calendar app; a new export updates the same events.',
    withNames: 'With names',
    withNamesHint: 'Without names every event is called ‘Traject session’.',
    warning:
      'Note: calendars often sync with other companies’ servers (Google, Apple, Microsoft). With names, your clients’ names and programme titles end up there.',
    submit: 'Export',
    done_one: '{{count}} session exported to {{file}}.',
    done_other: '{{count}} sessions exported to {{file}}.',
  },
};
