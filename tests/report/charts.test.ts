import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../electron/core/reports/render';
import type { ReportContent, ReportGoal } from '../../electron/core/reports/content';
import { makeReportContent } from './fixtures';
import { extractPages, flat, makeTempDir, removeTempDirs, savePdf, uncompressed } from './pdfTools';

let dir: string;
beforeAll(() => {
  dir = makeTempDir();
});
afterAll(removeTempDirs);

/** A report with only this goal, as a reader sees it and as its drawing operators say. */
async function goalReport(name: string, goal: ReportGoal) {
  const base = makeReportContent('nl');
  const content: ReportContent = { ...base, sections: { goals: [goal] } };
  const file = savePdf(dir, name, await renderReport(content));
  return { text: flat(extractPages(file).join(' ')), drawing: uncompressed(file) };
}

const goal = (overrides: Partial<ReportGoal>): ReportGoal => ({ ...makeReportContent('nl').sections.goals![0]!, ...overrides });
const same = [5, 6, 6, 7].map((value, i) => ({ date: `2026-0${i + 3}-10`, value }));

describe('a chart of two people', () => {
  it('keeps both lines visible when they coincide: own dash pattern, own marker, own colour, each named at its end', async () => {
    const { text, drawing } = await goalReport('same', goal({ series: [{ participant: 'Sanne de Vries', ratings: same }, { participant: 'Ömer Yılmaz', ratings: same }] }));
    // The second person's line is dashed; the first is solid (no dash set before it is stroked).
    expect(drawing).toContain('[5 3] 0 d');
    // Their colours: dark blue and orange, apart in grey print as well.
    expect(drawing).toMatch(/0\.10588\d* 0\.3098\d* 0\.44705\d* SCN/);
    expect(drawing).toMatch(/0\.78823\d* 0\.45098\d* 0\.12156\d* SCN/);
    // Named in the legend and again at the right end of each line, next to the target's own label.
    expect(text).toMatch(/Streefwaarde 8 .*Sanne de Vries .*Ömer Yılmaz/);
  });

  it('draws the target in its own near-black, never in a person’s colour', async () => {
    const { drawing } = await goalReport('target', goal({ series: [{ participant: 'Sanne de Vries', ratings: same }] }));
    expect(drawing).toMatch(/0\.2\d* 0\.25098\d* 0\.29019\d* SCN\s+\[8 3\] 0 d/);
  });

  it('puts a single rating on an axis with only its own date', async () => {
    const { text } = await goalReport('single', goal({ series: [{ participant: 'Sanne de Vries', ratings: [{ date: '2026-03-10', value: 6 }] }] }));
    expect(text).toContain('10 mrt');
    expect(text).not.toMatch(/9 mrt|11 mrt/);
  });
});
