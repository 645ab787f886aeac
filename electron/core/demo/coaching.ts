import { localDateTime, type Call } from './runner';

// An individual coaching trajectory: a team leader learning to set boundaries.
const held = [
  { day: -63, kind: 'intake', summary: 'Intake. Fatima wil als teamleider duidelijker grenzen stellen en minder werk van haar team overnemen. We kiezen twee doelen en spreken een ritme van eens per drie weken af.', privateNotes: 'Hoge werkdruk, slaapt slecht. Geen burn-outklachten volgens eigen zeggen; wel alert blijven.', rating: [3, 4] },
  { day: -42, kind: 'regular', summary: 'We onderzoeken wat er gebeurt op het moment dat Fatima "ja" zegt terwijl ze "nee" bedoelt. Oefening met een eerlijk nee in het teamoverleg.', privateNotes: 'Patroon van het anderen naar de zin maken, uit het gezin van herkomst; niet verder uitgediept, past niet in de coachvraag.', rating: [4, 5] },
  { day: -21, kind: 'regular', summary: 'Fatima heeft twee keer bewust werk teruggelegd bij het team. Dat voelde ongemakkelijk maar gaf ruimte. Volgende stap: het gesprek met haar leidinggevende over prioriteiten.', privateNotes: 'Trots, maar ook schuldgevoel naar één collega die ziek is geweest.', rating: [6, 6] },
] as const;

export async function seedCoaching(call: Call, today: Date): Promise<{ sessions: number }> {
  const fatima = await call('clients.create', { firstName: 'Fatima', lastName: 'El Amrani', email: 'f.elamrani@voorbeeld.nl', dateOfBirth: '1983-11-30' });
  const trajectory = await call('trajectories.create', {
    kind: 'individual',
    title: 'Leidinggeven met duidelijke grenzen',
    status: 'active',
    startDate: localDateTime(today, held[0].day, '00:00').slice(0, 10),
    checkInWeeks: 3,
    retention: { profile: 'custom', years: 7 },
    participants: [{ clientId: fatima.id, role: 'client' }],
  });
  const me = trajectory.participants[0]!.id;
  const goals = [
    await call('goals.create', { trajectoryId: trajectory.id, title: 'Nee zeggen zonder schuldgevoel', trustFactor: 'responsibility', baseline: 3, target: 8 }),
    await call('goals.create', { trajectoryId: trajectory.id, title: 'Open bespreken wat niet lukt', trustFactor: 'open_communication', baseline: 4, target: 8 }),
  ];
  let previous: number | null = null;
  for (const s of held) {
    const session = await call('sessions.create', { trajectoryId: trajectory.id, startsAt: localDateTime(today, s.day, '09:00'), durationMinutes: 60, kind: s.kind, status: 'held' });
    if (previous !== null) {
      const [open] = await call('agreements.list', { trajectoryId: trajectory.id, state: 'open' });
      if (open) await call('agreements.review', { id: open.id, sessionId: session.id, outcome: 'kept', note: 'Gedaan en besproken.' });
    }
    for (const [g, goal] of goals.entries()) await call('goals.rate', { goalId: goal.id, sessionId: session.id, participantId: me, value: s.rating[g]! });
    await call('agreements.create', { sessionId: session.id, owner: { kind: 'participant', participantId: me }, text: s.day === -21 ? 'Fatima plant het gesprek met haar leidinggevende over prioriteiten.' : 'Fatima legt deze week minstens één taak bewust terug bij het team.', due: { kind: 'next_session' } });
    await call('sessions.saveNotes', { id: session.id, templateKey: s.kind === 'intake' ? 'intake' : 'regular', summary: s.summary, privateNotes: s.privateNotes });
    await call('sessions.finalise', { id: session.id });
    previous = session.id;
  }
  // Today, so the dashboard has something to show.
  await call('sessions.create', { trajectoryId: trajectory.id, startsAt: localDateTime(today, 0, '14:00'), durationMinutes: 60, kind: 'regular' });
  return { sessions: held.length + 1 };
}
