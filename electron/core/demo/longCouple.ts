import type { Agreement, Session } from '../../../shared/contract';
import type { AgreementOutcome } from '../../../shared/domain/agreement';
import { localDateTime, type Call } from './runner';

/**
 * A long couple trajectory to read a report at length: 100 held sessions over two years (joint and
 * individual), ratings on three goals that climb with setbacks, one or two agreements a session
 * reviewed in the next, questionnaires every few months, and a repair plan. Noor reads Dutch,
 * James English, so each partner's own report has its own language.
 */
const SESSIONS = 100;
const SPAN_DAYS = 728;

type Who = 'noor' | 'james';

/** A fixed pseudo-random sequence: the same demo every time. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const topics = [
  'hoe ruzies over de planning escaleren en wat ieder dan nodig heeft',
  'het weekoverzicht van de gezamenlijke rekening en wat het met het vertrouwen doet',
  'de eerste maanden na de ontdekking en wat er sindsdien veranderd is',
  'hoe James uitleg geeft en hoe Noor dat ervaart',
  'wat een eerlijk antwoord vraagt als het ongemakkelijk is',
  'het contact met de familie tijdens de feestdagen',
  'wat helpt als Noor terugvalt in wantrouwen',
  'hoe ze samen beslissingen nemen over grote uitgaven',
];
const insights = [
  'Beiden merken dat kleine, voorspelbare stappen meer doen dan grote beloften.',
  'Noor ziet dat haar controle minder wordt als James zelf begint te vertellen.',
  'James merkt dat uitleggen vaak verdedigen is; luisteren werkt beter.',
  '',
];
const steps = ['De afspraken van vandaag proberen tot de volgende sessie.', 'Samen één rustig gesprek per week over geld.', ''];

const agreementTexts: { owner: Who | 'all'; text: string }[] = [
  { owner: 'james', text: 'James laat elke zondag het overzicht van de rekeningen zien, zonder dat Noor erom vraagt.' },
  { owner: 'all', text: 'Elke avond tien minuten samen zitten zonder telefoon.' },
  { owner: 'noor', text: 'Noor zegt het meteen als ze zich zorgen maakt, in plaats van te gaan controleren.' },
  { owner: 'james', text: 'James meldt een uitgave boven € 100 dezelfde dag aan Noor.' },
  { owner: 'all', text: 'Op zaterdag samen een half uur het budget doornemen.' },
  { owner: 'noor', text: 'Noor vertelt James één keer per week wat ze waardeert.' },
];

/** A summary written with the session template's headings, some of them left empty as happens in practice. */
function summaryOf(n: number, joint: boolean, random: () => number): string {
  const topic = topics[n % topics.length]!;
  if (!joint) return `Besproken\n\nIndividueel gesprek over ${topic}.\n\nInzichten\n\n\nVervolgstappen\n\n`;
  const insight = insights[Math.floor(random() * insights.length)]!;
  const step = steps[Math.floor(random() * steps.length)]!;
  return `Besproken\n\nWe bespraken ${topic}.\n\nInzichten\n\n${insight}\n\nVervolgstappen\n\n${step}\n`;
}

export async function seedLongCouple(call: Call, today: Date): Promise<{ sessions: number }> {
  const random = sequence(2024);
  const noor = await call('clients.create', { firstName: 'Noor', lastName: 'Bakker', email: 'noor.bakker@voorbeeld.nl', language: 'nl' });
  const james = await call('clients.create', { firstName: 'James', lastName: 'Whitfield', email: 'james.whitfield@example.org', language: 'en' });
  const firstDay = -SPAN_DAYS - 7;
  const trajectory = await call('trajectories.create', {
    kind: 'couple',
    title: 'Samen verder na het verzwegen krediet',
    status: 'active',
    startDate: localDateTime(today, firstDay, '00:00').slice(0, 10),
    checkInWeeks: 2,
    participants: [
      { clientId: noor.id, role: 'partner' },
      { clientId: james.id, role: 'partner' },
    ],
  });
  const participant = (who: Who) => trajectory.participants.find((p) => p.clientId === (who === 'noor' ? noor.id : james.id))!.id;
  const owner = (o: Who | 'all') => (o === 'all' ? { kind: 'all' as const } : { kind: 'participant' as const, participantId: participant(o) });

  const goals = [
    await call('goals.create', { trajectoryId: trajectory.id, title: 'Open zijn over geld', trustFactor: 'transparency', baseline: 2, target: 8 }),
    await call('goals.create', { trajectoryId: trajectory.id, title: 'Afspraken nakomen', trustFactor: 'consistency', baseline: 3, target: 8 }),
    await call('goals.create', { trajectoryId: trajectory.id, title: 'Veilig voelen in moeilijke gesprekken', trustFactor: 'emotional_safety', baseline: 3, target: 7 }),
  ];

  const held: Session[] = [];
  let open: Agreement[] = [];
  const repairActions: number[] = [];
  for (let n = 0; n < SESSIONS; n++) {
    const day = firstDay + Math.round((n * SPAN_DAYS) / (SESSIONS - 1));
    // Every tenth session is an individual one, in turns.
    const individual: Who | null = n % 10 === 5 ? (n % 20 === 5 ? 'noor' : 'james') : null;
    const attendees: Who[] = individual ? [individual] : ['noor', 'james'];
    if (n % 25 === 12) {
      const cancelled = await call('sessions.create', { trajectoryId: trajectory.id, startsAt: localDateTime(today, day - 3, '19:00'), kind: 'regular', status: 'planned' });
      await call('sessions.setStatus', { id: cancelled.id, status: 'cancelled' });
    }
    const session = await call('sessions.create', {
      trajectoryId: trajectory.id,
      startsAt: localDateTime(today, day, '19:00'),
      durationMinutes: individual ? 50 : 75,
      kind: n === 0 ? 'intake' : n % 25 === 24 ? 'evaluation' : 'regular',
      status: 'held',
      attendeeIds: attendees.map(participant),
    });
    held.push(session);

    // Last session's agreements are reviewed now (in an individual session only its owner's).
    const stillOpen: Agreement[] = [];
    for (const agreement of open) {
      const mine = agreement.owner.kind === 'participant' && individual !== null && agreement.owner.participantId === participant(individual);
      if (individual && !mine) {
        stillOpen.push(agreement);
        continue;
      }
      const roll = random();
      const progress = n / SESSIONS;
      const outcome: AgreementOutcome = roll < 0.45 + progress * 0.35 ? 'kept' : roll < 0.8 ? 'partly_kept' : roll < 0.93 ? 'not_kept' : 'dropped';
      await call('agreements.review', { id: agreement.id, sessionId: session.id, outcome, note: outcome === 'kept' ? 'Gelukt.' : 'Besproken wat lastig was.' });
    }
    open = stillOpen;

    const progress = n / (SESSIONS - 1);
    for (const who of attendees) {
      for (const [g, goal] of goals.entries()) {
        const start = [2, 3, 3][g]! + (who === 'james' ? 1 : 0);
        const trend = start + progress * ([6, 5, 4][g]! - (who === 'james' ? 1 : 0));
        // A setback around the first winter, and every so often both give the same rating.
        const dip = n > 28 && n < 36 ? -2 : 0;
        const value = Math.max(0, Math.min(10, Math.round(trend + dip + (random() - 0.5) * 2)));
        await call('goals.rate', { goalId: goal.id, sessionId: session.id, participantId: participant(who), value });
      }
    }

    if (n < SESSIONS - 1) {
      const count = individual ? 1 : 1 + (n % 2);
      for (let k = 0; k < count; k++) {
        const planned = agreementTexts[(n * 2 + k) % agreementTexts.length]!;
        const ownerWho = individual ?? planned.owner;
        const made = await call('agreements.create', { sessionId: session.id, owner: owner(ownerWho), text: planned.text, due: { kind: 'next_session' } });
        open.push(made);
        if (planned.owner === 'james' && repairActions.length < 40) repairActions.push(made.id);
      }
    } else {
      for (const planned of agreementTexts.slice(0, 3)) {
        await call('agreements.create', { sessionId: session.id, owner: owner(planned.owner), text: planned.text, due: { kind: 'next_session' } });
      }
    }

    await call('sessions.saveNotes', {
      id: session.id,
      templateKey: 'regular',
      summary: summaryOf(n, individual === null, random),
      privateNotes: `Observaties\n\nPRIVÉ sessie ${n + 1}: spanning rond het krediet van € 9.000.\n`,
    });
    await call('sessions.finalise', { id: session.id });
  }

  for (let n = 0; n < SESSIONS; n += 10) {
    const session = held[n]!;
    if (session.attendeeIds.length < 2) continue;
    const level = n / SESSIONS;
    for (const who of ['noor', 'james'] as const) {
      const base = 3 + level * 5 + (who === 'james' ? 0.5 : 0);
      await call('questionnaires.respond', {
        sessionId: session.id,
        participantId: participant(who),
        key: 'trust-check-in',
        answers: [1, 2, 3, 4, 5].map((i) => ({ itemId: `q${i}`, value: Math.max(0, Math.min(10, Math.round(base + (random() - 0.5) * 2))) })),
      });
    }
  }
  for (let n = 0; n < SESSIONS; n += 20) {
    const session = held[n]!;
    for (const who of ['noor', 'james'] as const) {
      const level = Math.max(0, 2 - Math.floor((n / SESSIONS) * 3));
      await call('questionnaires.respond', {
        sessionId: session.id,
        participantId: participant(who),
        key: 'phq-9',
        answers: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => ({ itemId: `q${i}`, value: i === 9 ? 0 : Math.min(3, Math.max(0, level - (i % 2))) })),
      });
    }
  }

  await call('repairPlans.create', {
    trajectoryId: trajectory.id,
    title: 'Herstel na het verzwegen krediet',
    whatHappened: 'PRIVÉ: James sloot zonder overleg een krediet van € 9.000 af; Noor vond de brief van de bank.',
    acknowledgedOn: localDateTime(today, firstDay, '00:00').slice(0, 10),
    status: 'in_progress',
    agreementIds: repairActions,
    goalIds: [goals[0]!.id, goals[1]!.id],
  });
  return { sessions: held.length };
}
