/** Tick values that a person reads easily: 0, 2, 4 … or 0, 25, 50 … (the d3 "nice" steps of 1, 2 and 5). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) return [min];
  const [lo, hi] = min < max ? [min, max] : [max, min];
  const step = niceStep(lo, hi, count);
  const first = Math.ceil(lo / step - 1e-9);
  const last = Math.floor(hi / step + 1e-9);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(roundToStep(i * step, step));
  return ticks;
}

export function niceStep(lo: number, hi: number, count: number): number {
  const raw = (hi - lo) / Math.max(1, count);
  const power = Math.floor(Math.log10(raw));
  const base = 10 ** power;
  const fraction = raw / base;
  const nice = fraction >= 7.07 ? 10 : fraction >= 3.16 ? 5 : fraction >= 1.41 ? 2 : 1;
  return nice * base;
}

/** Removes floating point dust (0.30000000000000004) by rounding to the step's decimals. */
function roundToStep(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Number(value.toFixed(Math.min(decimals, 20)));
}

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

export interface TimeTicks {
  unit: TimeUnit;
  values: number[];
}

const DAY = 86_400_000;

/** Calendar intervals in increasing length; weeks start on Monday, as in the Netherlands. */
const timeSteps: { unit: TimeUnit; every: number; approx: number }[] = [
  { unit: 'day', every: 1, approx: DAY },
  { unit: 'day', every: 2, approx: 2 * DAY },
  { unit: 'week', every: 1, approx: 7 * DAY },
  { unit: 'week', every: 2, approx: 14 * DAY },
  { unit: 'month', every: 1, approx: 30.44 * DAY },
  { unit: 'month', every: 2, approx: 60.88 * DAY },
  { unit: 'month', every: 3, approx: 91.31 * DAY },
  { unit: 'month', every: 6, approx: 182.6 * DAY },
  { unit: 'year', every: 1, approx: 365.25 * DAY },
  { unit: 'year', every: 2, approx: 730.5 * DAY },
  { unit: 'year', every: 5, approx: 1826 * DAY },
];

/**
 * Calendar ticks (UTC milliseconds) between two instants: days, Mondays, first days of months or
 * years, whichever gives at most `count` + 1 ticks. Dates are treated as UTC calendar days.
 */
export function timeTicks(start: number, end: number, count = 5): TimeTicks {
  const [lo, hi] = start <= end ? [start, end] : [end, start];
  const span = hi - lo;
  const step = timeSteps.find((s) => span / s.approx <= count) ?? timeSteps[timeSteps.length - 1]!;
  const values: number[] = [];
  let t = firstTick(lo, step.unit, step.every);
  for (let guard = 0; t <= hi && guard < 1000; guard++) {
    values.push(t);
    t = addUnits(t, step.unit, step.every);
  }
  return { unit: step.unit, values };
}

function firstTick(t: number, unit: TimeUnit, every: number): number {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const dayStart = Date.UTC(y, m, d.getUTCDate());
  switch (unit) {
    case 'day':
      return dayStart < t ? dayStart + DAY : dayStart;
    case 'week': {
      const sinceMonday = (new Date(dayStart).getUTCDay() + 6) % 7;
      const monday = dayStart - sinceMonday * DAY;
      return monday < t ? monday + 7 * DAY : monday;
    }
    case 'month': {
      let month = Math.ceil(m / every) * every;
      let first = Date.UTC(y, month, 1);
      if (first < t) {
        month += every;
        first = Date.UTC(y, month, 1);
      }
      return first;
    }
    case 'year': {
      let year = Math.ceil(y / every) * every;
      if (Date.UTC(year, 0, 1) < t) year += every;
      return Date.UTC(year, 0, 1);
    }
  }
}

function addUnits(t: number, unit: TimeUnit, every: number): number {
  const d = new Date(t);
  switch (unit) {
    case 'day':
      return t + every * DAY;
    case 'week':
      return t + every * 7 * DAY;
    case 'month':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + every, 1);
    case 'year':
      return Date.UTC(d.getUTCFullYear() + every, 0, 1);
  }
}
