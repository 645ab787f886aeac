import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { nl } from '../../renderer/src/i18n/nl';
import { reportStrings } from '../../electron/core/reports/strings';
import { domainLabels, type DomainLabels } from '../../shared/vocabulary/labels';

type Tree = { [key: string]: unknown };

/** Every object in a tree, by dotted path. */
function objects(tree: unknown, path = '', out = new Map<string, Tree>()): Map<string, Tree> {
  if (tree && typeof tree === 'object') {
    out.set(path, tree as Tree);
    for (const [key, value] of Object.entries(tree as Tree)) objects(value, path ? `${path}.${key}` : key, out);
  }
  return out;
}

describe.each([
  ['nl', nl],
  ['en', en],
] as const)('the %s domain labels', (language, screens) => {
  const labels: DomainLabels = domainLabels[language];
  const report = reportStrings(language);

  // A copy of a label list that has drifted still agrees on most words ("Anders" among five others that match).
  it('are the same wherever a screen lists the same values', () => {
    const drift: string[] = [];
    for (const [group, words] of Object.entries(labels) as [string, Record<string, string>][]) {
      const values = Object.keys(words);
      for (const [path, object] of objects(screens)) {
        if (!values.every((value) => value in object)) continue;
        const agreeing = values.filter((value) => object[value] === words[value]).length;
        if (agreeing * 2 < values.length) continue;
        for (const value of values) {
          if (object[value] !== words[value]) drift.push(`${path}.${value}: “${String(object[value])}”, not “${words[value]}” (${group})`);
        }
      }
    }
    expect(drift).toEqual([]);
  });

  it('are the words the report prints for statuses, outcomes, trust factors and session types', () => {
    expect(report.sessions.status.cancelled).toBe(screens.sessions.status.cancelled);
    expect(report.sessions.status.noShow).toBe(screens.trajectories.sessionStatus.no_show);
    expect(report.sessions.kind.regular).toBe(screens.sessions.kind.regular);
    expect(report.sessions.kind.checkIn).toBe(screens.trajectories.sessionKind.check_in);
    expect(report.goals.status.active).toBe(screens.trajectories.goalStatus.active);
    expect(report.goals.trustFactor.other).toBe(screens.sessions.trustFactor.other);
    expect(report.goals.trustFactor.emotionalSafety).toBe(screens.trajectories.trustFactor.emotional_safety);
    expect(report.agreements.outcomes.partlyKept).toBe(screens.sessions.outcome.partly_kept);
    expect(report.agreements.bothPartners).toBe(screens.trajectories.owner.all.couple);
    expect(report.trajectoryKind.couple).toBe(labels.trajectoryKindName.couple);
  });
});

it('gives a cancelled session one Dutch word everywhere: afgezegd', () => {
  expect(nl.sessions.status.cancelled).toBe('Afgezegd');
  expect(reportStrings('nl').sessions.status.cancelled).toBe('Afgezegd');
});
