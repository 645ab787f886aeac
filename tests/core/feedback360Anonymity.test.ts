import { describe, expect, it } from 'vitest';
import { visibleColumns, type RoleCounts } from '../../electron/core/feedback360/anonymity';

const counts = (c: Partial<RoleCounts>): RoleCounts => ({ self: 1, manager: 1, peer: 0, direct_report: 0, other: 0, ...c });

describe('the 360 anonymity rule', () => {
  it('shows self and the manager as one person each', () => {
    expect(visibleColumns(counts({}), 3)).toMatchObject({ self: true, manager: true });
    expect(visibleColumns(counts({ self: 0, manager: 0 }), 3)).toMatchObject({ self: 'no_answers', manager: 'no_answers' });
  });

  it('hides a group of two peers and shows a group of three', () => {
    expect(visibleColumns(counts({ manager: 0, peer: 2 }), 3).peer).toBe('too_few');
    expect(visibleColumns(counts({ manager: 0, peer: 3 }), 3).peer).toBe(true);
  });

  it('never goes below three, whatever the setting says', () => {
    expect(visibleColumns(counts({ manager: 0, peer: 2 }), 1).peer).toBe('too_few');
    expect(visibleColumns(counts({ manager: 0, peer: 4 }), 5).peer).toBe('too_few');
  });

  it('counts a hidden group in all others when the hidden answers together reach the threshold', () => {
    const v = visibleColumns(counts({ peer: 2, direct_report: 2 }), 3);
    expect(v).toMatchObject({ peer: 'too_few', direct_report: 'too_few', all_others: true });
  });

  it('hides all others when the manager and two peers are all there is: all others minus the manager would give the two peers away', () => {
    expect(visibleColumns(counts({ peer: 2 }), 3)).toMatchObject({ manager: true, peer: 'too_few', all_others: 'would_reveal_group' });
  });

  it('hides the smallest shown group too when all others minus the shown groups would leave one hidden rater', () => {
    // Manager 1, peers 4, one direct report: all others (6) minus the manager and the peers is that one direct report.
    const v = visibleColumns(counts({ peer: 4, direct_report: 1 }), 3);
    expect(v).toMatchObject({ manager: true, peer: 'protects_other_group', direct_report: 'too_few', all_others: true });
  });

  it('keeps a bigger shown group and hides the smaller one when one is enough', () => {
    const v = visibleColumns(counts({ peer: 6, direct_report: 3, other: 2 }), 3);
    expect(v).toMatchObject({ peer: true, direct_report: 'protects_other_group', other: 'too_few', all_others: true });
  });

  it('shows all others beside the groups when no group is hidden: nothing is left to work out', () => {
    expect(visibleColumns(counts({ peer: 3, direct_report: 4 }), 3)).toMatchObject({ peer: true, direct_report: true, all_others: true });
  });

  it('hides all others below the threshold, and says so when nobody but self answered', () => {
    expect(visibleColumns(counts({ manager: 1, peer: 1 }), 3).all_others).toBe('too_few');
    expect(visibleColumns(counts({ manager: 0 }), 3).all_others).toBe('no_answers');
  });

  it('for every mix of up to five per role, any hidden remainder of all others is zero or at least three', () => {
    for (let m = 0; m <= 1; m++)
      for (let p = 0; p <= 5; p++)
        for (let d = 0; d <= 5; d++)
          for (let o = 0; o <= 5; o++) {
            const c = counts({ manager: m, peer: p, direct_report: d, other: o });
            const v = visibleColumns(c, 3);
            const groups = (['peer', 'direct_report', 'other'] as const).filter((g) => c[g] > 0);
            for (const g of groups) if (v[g] === true) expect(c[g]).toBeGreaterThanOrEqual(3);
            if (v.all_others === true) {
              const shownPart = m + groups.filter((g) => v[g] === true).reduce((sum, g) => sum + c[g], 0);
              const rest = m + p + d + o - shownPart;
              expect(rest === 0 || rest >= 3, JSON.stringify(c)).toBe(true);
            }
          }
  });
});
