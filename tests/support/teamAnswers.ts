import type { Core } from '../../electron/core/index';
import type { Trajectory } from '../../shared/contract';
import { makeClient, makeTrajectory } from './factories';

/** Psychological-safety answers whose mean score is `score` (items 1, 3 and 5 are reverse keyed). */
export function safetyAnswers(score: number) {
  return ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'].map((itemId) => ({
    itemId,
    value: ['q1', 'q3', 'q5'].includes(itemId) ? 8 - score : score,
  }));
}

/** Team Zorgplanning: four members with Dutch names, one of them with a ı. */
export async function makeZorgplanningTeam(core: Core): Promise<Trajectory> {
  const names = [
    ['Mohamed', 'El Amrani'],
    ['Sanne', 'de Vries'],
    ['Joost', 'Bakker'],
    ['Fatma', 'Yıldız'],
  ] as const;
  const participants = [];
  for (const [firstName, lastName] of names) participants.push({ clientId: (await makeClient(core, { firstName, lastName })).id, role: 'team_member' as const });
  return makeTrajectory(core, { kind: 'team', title: 'Team Zorgplanning', participants });
}
