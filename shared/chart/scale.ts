/** A linear map from a domain of values onto a range of pixels; outside values are clamped to the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const lo = Math.min(r0, r1);
  const hi = Math.max(r0, r1);
  return (value) => {
    const t = span === 0 ? 0.5 : (value - d0) / span;
    return clamp(r0 + t * (r1 - r0), lo, hi);
  };
}

/**
 * Evenly spaced positions for an ordered list of x values (sessions 1…n), each in the middle of
 * its slot, so the first and last point keep a little air from the axes. Unknown values give NaN.
 */
export function pointScale(values: readonly number[], range: readonly [number, number]): (value: number) => number {
  const [r0, r1] = range;
  const slot = (r1 - r0) / Math.max(1, values.length);
  const index = new Map<number, number>();
  values.forEach((v, i) => {
    if (!index.has(v)) index.set(v, i);
  });
  return (value) => {
    const i = index.get(value);
    return i === undefined ? Number.NaN : r0 + (i + 0.5) * slot;
  };
}

export function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

/** A coordinate for path data: at most two decimals, no trailing zeros, never "-0". */
export function coord(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}
