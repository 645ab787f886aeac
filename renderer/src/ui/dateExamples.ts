import { addDays, localDate } from '../../../shared/domain/calendar';

/** Examples that fit the field they stand under: nobody plans a session in 1985. */
export const dateExamples = {
  birth: () => '1985-11-27',
  today: () => localDate(new Date()),
  nextWeek: () => addDays(localDate(new Date()), 7),
  inTwoWeeks: () => addDays(localDate(new Date()), 14),
};
