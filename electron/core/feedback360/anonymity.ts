import { groupRoles, type Feedback360Column, type GroupRole, type HiddenBecause } from '../../../shared/contract/feedback360';
import { minimumGroupSize } from '../audience/policy';

/** How many raters of each role have a score (for one trust factor). */
export type RoleCounts = Record<'self' | 'manager' | GroupRole, number>;

export type ColumnVisibility = Record<Feedback360Column, true | HiddenBecause>;

/**
 * THE anonymity rule of a 360 result, for one trust factor; screens and reports only ask.
 *
 * - Self and the manager are one person each and are shown as such ("zelf", "leidinggevende (één
 *   persoon)"): everyone who answers in those roles is told so on their form.
 * - A group (peers, direct reports, others) shows only with at least `threshold` (never below 3)
 *   answers; fewer and it is "te weinig antwoorden", but its answers still count in "all others".
 * - "All others" (everyone but self) shows only with at least `threshold` answers in it, and only if
 *   what is left after taking off the shown columns (the manager and the shown groups) is either
 *   nothing or at least `threshold` answers: otherwise all others minus the shown columns would give
 *   away the mean of fewer people, down to one rater. Rather than hide "all others" then, the
 *   smallest shown group is hidden as well ("protects_other_group") until the rest is big enough:
 *   its answers still count in "all others", and self versus others stays in view. When no shown
 *   group is left to add, "all others" is hidden ("would_reveal_group").
 */
export function visibleColumns(counts: RoleCounts, threshold: number): ColumnVisibility {
  const k = Math.max(minimumGroupSize, threshold);
  const single = (n: number): true | HiddenBecause => (n > 0 ? true : 'no_answers');
  const groups = {} as Record<GroupRole, true | HiddenBecause>;
  let hidden = 0;
  for (const role of groupRoles) {
    const n = counts[role];
    groups[role] = n === 0 ? 'no_answers' : n >= k ? true : 'too_few';
    if (n > 0 && n < k) hidden += n;
  }
  const others = counts.manager + groupRoles.reduce((sum, role) => sum + counts[role], 0);
  let allOthers: true | HiddenBecause;
  if (others < k) {
    allOthers = others === 0 ? 'no_answers' : 'too_few';
  } else {
    const shown = groupRoles.filter((role) => groups[role] === true).sort((a, b) => counts[a] - counts[b]);
    while (hidden > 0 && hidden < k && shown.length > 0) {
      const smallest = shown.shift()!;
      groups[smallest] = 'protects_other_group';
      hidden += counts[smallest];
    }
    allOthers = hidden === 0 || hidden >= k ? true : 'would_reveal_group';
  }
  return { self: single(counts.self), manager: single(counts.manager), ...groups, all_others: allOthers };
}
