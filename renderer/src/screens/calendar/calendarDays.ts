import { addDays, mondayOf } from '../../../../shared/domain/calendar';

export type CalendarView = 'day' | 'week';

/** The days a view shows: one day, or Monday to Sunday (the Dutch week). */
export function daysOf(view: CalendarView, date: string): string[] {
  if (view === 'day') return [date];
  const monday = mondayOf(date);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** One step back or forward: a day in the day view, a week in the week view. */
export function step(view: CalendarView, date: string, direction: -1 | 1): string {
  return addDays(date, direction * (view === 'day' ? 1 : 7));
}
