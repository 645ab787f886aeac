import type { Client } from '../../../shared/contract';
import { localDateTime, type Call } from './runner';

const members = [
  { firstName: 'Kees', lastName: 'Jansen', role: 'sponsor' },
  { firstName: 'Lotte', lastName: 'Visser', role: 'team_member' },
  { firstName: 'Mohamed', lastName: 'Bouzid', role: 'team_member' },
  { firstName: 'Ingrid', lastName: 'van der Meer', role: 'team_member' },
  { firstName: 'Joris', lastName: 'Smit', role: 'team_member' },
] as const;

// Psychological safety (7 items, 1–7; items 1, 3 and 5 reverse keyed) per member, three measurements.
const safety: number[][][] = [
  [[5, 3, 5, 4, 5, 3, 4], [6, 2, 6, 3, 5, 2, 3], [4, 4, 4, 4, 4, 4, 4], [5, 3, 5, 3, 6, 3, 3]],
  [[4, 4, 4, 5, 4, 4, 5], [5, 3, 5, 4, 4, 3, 4], [3, 5, 3, 5, 3, 5, 5], [4, 4, 4, 4, 5, 4, 4]],
  [[3, 5, 3, 5, 3, 5, 6], [4, 5, 4, 5, 3, 4, 5], [2, 6, 2, 6, 3, 6, 6], [3, 5, 3, 5, 3, 5, 5]],
];

const held = [
  { day: -70, summary: 'Startsessie met het team: wat maakt het moeilijk om fouten te melden in de zorgplanning? We maken afspraken over hoe we met elkaar in gesprek gaan.' },
  { day: -42, summary: 'We bespreken een recente planningsfout zonder schuldvraag. Het team benoemt wat hielp en wat nog schuurt.' },
  { day: -14, summary: 'Terugblik: het team meldt fouten eerder en de wekelijkse "wat ging er mis"-ronde loopt. Volgende stap: nieuwe collega\'s erbij betrekken.' },
];

export async function seedTeam(call: Call, today: Date): Promise<{ clients: number; sessions: number }> {
  const clients: Client[] = [];
  for (const m of members) clients.push(await call('clients.create', { firstName: m.firstName, lastName: m.lastName }));
  const trajectory = await call('trajectories.create', {
    kind: 'team',
    title: 'Wijkteam Oost: fouten bespreekbaar maken',
    status: 'active',
    startDate: localDateTime(today, held[0]!.day, '00:00').slice(0, 10),
    checkInWeeks: 4,
    participants: members.map((m, i) => ({ clientId: clients[i]!.id, role: m.role })),
  });
  const team = trajectory.participants.filter((p) => p.role === 'team_member');
  const goal = await call('goals.create', { trajectoryId: trajectory.id, title: 'Fouten durven melden in het overleg', trustFactor: 'open_communication', baseline: 4, target: 8 });
  for (const [n, s] of held.entries()) {
    const session = await call('sessions.create', { trajectoryId: trajectory.id, startsAt: localDateTime(today, s.day, '13:30'), durationMinutes: 120, kind: n === 0 ? 'intake' : 'regular', status: 'held' });
    for (const [i, member] of team.entries()) {
      await call('questionnaires.respond', { sessionId: session.id, participantId: member.id, key: 'team-psychological-safety', answers: safety[n]![i]!.map((value, q) => ({ itemId: `q${q + 1}`, value })) });
      await call('goals.rate', { goalId: goal.id, sessionId: session.id, participantId: member.id, value: 4 + n + (i % 2) });
    }
    await call('sessions.saveNotes', { id: session.id, templateKey: 'regular', summary: s.summary, privateNotes: 'Kees (opdrachtgever) was deels aanwezig; het team sprak vrijer na zijn vertrek.' });
    await call('sessions.finalise', { id: session.id });
  }
  await call('sessions.create', { trajectoryId: trajectory.id, startsAt: localDateTime(today, 9, '13:30'), durationMinutes: 120, kind: 'evaluation' });
  return { clients: clients.length, sessions: held.length + 1 };
}
