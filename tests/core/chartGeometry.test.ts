import { describe, expect, it } from 'vitest';
import { chartGeometry, chartTable, niceTicks, timeTicks, type ChartInput } from '../../shared/chart';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function makeGoalChart(overrides: Partial<ChartInput> = {}): ChartInput {
  return {
    width: 400,
    height: 200,
    padding: { top: 10, right: 10, bottom: 30, left: 40 },
    yDomain: [0, 10],
    xValues: [1, 2, 3, 4],
    series: [{ id: 'sanne', label: 'Sanne', points: [{ x: 1, y: 3 }, { x: 2, y: 5 }, { x: 4, y: 7.5 }] }],
    baseline: 3,
    target: 8,
    ...overrides,
  };
}

describe('nice ticks', () => {
  it('labels a 0–10 rating scale in steps of two', () => {
    expect(niceTicks(0, 10, 5)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('labels a percentage scale without floating point dust', () => {
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('only shows ticks inside the domain', () => {
    expect(niceTicks(1, 7, 4)).toEqual([2, 4, 6]);
  });

  it('gives a single tick for a domain of one value', () => {
    expect(niceTicks(5, 5)).toEqual([5]);
  });
});

describe('calendar ticks', () => {
  it('falls on the first day of each month for a half-year trajectory', () => {
    const { unit, values } = timeTicks(day('2026-01-15'), day('2026-06-20'), 6);
    expect(unit).toBe('month');
    expect(values.map((v) => new Date(v).toISOString().slice(0, 10))).toEqual([
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
    ]);
  });

  it('falls on Mondays for a few weeks of sessions', () => {
    const { unit, values } = timeTicks(day('2026-03-04'), day('2026-04-01'), 6);
    expect(unit).toBe('week');
    expect(values.every((v) => new Date(v).getUTCDay() === 1)).toBe(true);
  });

  it('uses years for a trajectory of several years', () => {
    expect(timeTicks(day('2020-05-01'), day('2026-05-01'), 6).unit).toBe('year');
  });
});

describe('chart geometry', () => {
  it('draws a line through the ratings from left to right as SVG path data', () => {
    const [series] = chartGeometry(makeGoalChart()).series;
    expect(series?.path).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){2}$/);
    const xs = series!.points.map((p) => p.cx);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('puts higher ratings higher on the chart and inside the plot', () => {
    const g = chartGeometry(makeGoalChart());
    const [low, mid, high] = g.series[0]!.points;
    expect(low!.cy).toBeGreaterThan(mid!.cy);
    expect(mid!.cy).toBeGreaterThan(high!.cy);
    for (const p of g.series[0]!.points) {
      expect(p.cy).toBeGreaterThanOrEqual(g.plot.top);
      expect(p.cy).toBeLessThanOrEqual(g.plot.bottom);
    }
  });

  it('places the scale minimum on the bottom edge and the maximum on the top edge', () => {
    const g = chartGeometry(makeGoalChart());
    expect(g.yTicks[0]).toEqual({ value: 0, pos: 170 });
    expect(g.yTicks.at(-1)).toEqual({ value: 10, pos: 10 });
  });

  it('keeps the original numbers next to the positions, for labels and the text alternative', () => {
    const points = chartGeometry(makeGoalChart()).series[0]!.points;
    expect(points.map((p) => [p.x, p.y])).toEqual([
      [1, 3],
      [2, 5],
      [4, 7.5],
    ]);
  });

  it('draws the baseline below the target line', () => {
    const g = chartGeometry(makeGoalChart());
    expect(g.baselineY).toBeCloseTo(170 - 0.3 * 160);
    expect(g.targetY).toBeCloseTo(170 - 0.8 * 160);
  });

  it('leaves out baseline and target lines that were not set', () => {
    const g = chartGeometry(makeGoalChart({ baseline: null, target: undefined }));
    expect(g.baselineY).toBeUndefined();
    expect(g.targetY).toBeUndefined();
  });

  it('spaces sessions evenly and keeps air between the first point and the axis', () => {
    const g = chartGeometry(makeGoalChart());
    const pos = g.xTicks.map((t) => t.pos);
    expect(pos[0]).toBeGreaterThan(g.plot.left);
    expect(pos[1]! - pos[0]!).toBeCloseTo(pos[3]! - pos[2]!);
  });

  it('breaks the line where a session has no rating', () => {
    const g = chartGeometry(
      makeGoalChart({ series: [{ id: 'a', label: 'A', points: [{ x: 1, y: 2 }, { x: 2, y: null }, { x: 3, y: 4 }, { x: 4, y: 5 }] }] }),
    );
    expect(g.series[0]!.path.match(/M/g)).toHaveLength(2);
    expect(g.series[0]!.points).toHaveLength(3);
  });

  it('gives an empty path for a series without ratings', () => {
    const g = chartGeometry(makeGoalChart({ series: [{ id: 'a', label: 'A', points: [] }] }));
    expect(g.series[0]!.path).toBe('');
  });

  it('keeps a rating above the scale inside the plot instead of drawing over the title', () => {
    const g = chartGeometry(makeGoalChart({ series: [{ id: 'a', label: 'A', points: [{ x: 1, y: 14 }] }] }));
    expect(g.series[0]!.points[0]!.cy).toBe(g.plot.top);
  });

  it('centres a single rating on a time axis and still gives ticks', () => {
    const g = chartGeometry(
      makeGoalChart({ xValues: undefined, xKind: 'time', series: [{ id: 'a', label: 'A', points: [{ x: day('2026-03-12'), y: 6 }] }] }),
    );
    const p = g.series[0]!.points[0]!;
    expect(p.cx).toBeCloseTo(g.plot.left + g.plot.width / 2);
    expect(g.xTicks.length).toBeGreaterThan(0);
    expect(g.xTickUnit).toBe('day');
  });

  it('turns interpretation bands into top and bottom pixels', () => {
    const g = chartGeometry(
      makeGoalChart({
        yDomain: [0, 40],
        bands: [
          { from: 0, to: 13, label: 'laag' },
          { from: 13, to: 40, label: 'hoog' },
        ],
      }),
    );
    const [low, high] = g.bands;
    expect(low!.y1).toBe(g.plot.bottom);
    expect(high!.y0).toBe(g.plot.top);
    expect(low!.y0).toBeCloseTo(high!.y1);
  });

  it('writes coordinates with at most two decimals', () => {
    const g = chartGeometry(makeGoalChart({ width: 333.333, yDomain: [0, 7] }));
    expect(g.series[0]!.path).not.toMatch(/\.\d{3}/);
  });
});

describe('text alternative', () => {
  it('lists every x once with the value of each series, empty where a series has none', () => {
    const table = chartTable([
      { id: 'sanne', label: 'Sanne', points: [{ x: 1, y: 3 }, { x: 2, y: 5 }] },
      { id: 'omer', label: 'Ömer', points: [{ x: 2, y: 4 }, { x: 3, y: 6 }] },
    ]);
    expect(table.columns.map((c) => c.label)).toEqual(['Sanne', 'Ömer']);
    expect(table.rows).toEqual([
      { x: 1, values: [3, null] },
      { x: 2, values: [5, 4] },
      { x: 3, values: [null, 6] },
    ]);
  });
});
