import { z } from 'zod';

/** The repeat part of planning: every N weeks, until a date or a number of times (core checks the ranges). */
export const seriesFields = {
  repeat: z.boolean(),
  everyWeeks: z.string(),
  endKind: z.enum(['count', 'until']),
  count: z.string(),
  until: z.string(),
};

export interface SeriesValues {
  repeat: boolean;
  everyWeeks: string;
  endKind: 'count' | 'until';
  count: string;
  until: string;
}

export const noSeries: SeriesValues = { repeat: false, everyWeeks: '1', endKind: 'count', count: '6', until: '' };

/** What sessions.previewSeries and sessions.planSeries take (their refined schema has no input type to borrow). */
export interface SeriesInput {
  trajectoryId: number;
  firstStartsAt: string;
  durationMinutes: number;
  everyWeeks: number;
  count?: number;
  until?: string;
}

/** A whole number as typed, or NaN so that core names the field. */
const whole = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

export function toSeriesInput(
  trajectoryId: number,
  firstStartsAt: string,
  durationMinutes: number,
  values: SeriesValues,
): SeriesInput {
  return {
    trajectoryId,
    firstStartsAt,
    durationMinutes,
    everyWeeks: whole(values.everyWeeks),
    ...(values.endKind === 'count' ? { count: whole(values.count) } : { until: values.until }),
  };
}
