import type { Agreement, Session } from '../../../shared/contract';
import type { AgreementOutcome } from '../../../shared/domain/agreement';
import { localDateTime, type Call } from './runner';

type Who = 'sanne' | 'daan';
type Owner = Who | 'all';

interface PlannedAgreement {
  key: string;
  owner: Owner;
  text: string;
  /** Days after the session, or the next session. */
  dueInDays?: number;
  review?: { inSession: number; outcome: AgreementOutcome; note: string; newKey?: string };
}

interface DemoSession {
  day: number;
  time: string;
  kind: 'intake' | 'regular' | 'evaluation' | 'closing' | 'check_in';
  with: Who[];
  summary: string;
  privateNotes: string;
  /** Ratings per goal (money, promises, safety) for each attendee. */
  ratings: Partial<Record<Who, [number, number, number]>>;
  agreements?: PlannedAgreement[];
}

// A couple after a hidden debt came to light: eight held sessions over four months, then one planned.
const sessions: DemoSession[] = [
  {
    day: -119, time: '10:00', kind: 'intake', with: ['sanne', 'daan'],
    summary: 'Kennismaking. Sanne en Daan vertellen hoe de verzwegen schuld aan het licht kwam en wat dat met hun vertrouwen deed. We spreken af eerst rust en overzicht te maken voordat we de pijn uitdiepen. Beiden willen het samen proberen.',
    privateNotes: 'Daan erg beschaamd, praat snel en veel over cijfers; Sanne zit op de rand van de stoel, vermijdt oogcontact. Let op: Sanne noemt "ik weet niet of ik hem nog kan geloven" twee keer. Gevraagd naar geweld en verslaving: beiden ontkennen, en ik zie er geen signalen van. Vragenlijst vertrouwen afgenomen.',
    ratings: { sanne: [1, 3, 3], daan: [3, 5, 4] },
    agreements: [
      { key: 'bank', owner: 'daan', text: 'Daan laat elke zondag het overzicht van alle rekeningen zien, zonder dat Sanne erom hoeft te vragen.', review: { inSession: 1, outcome: 'kept', note: 'Drie van de drie zondagen gedaan, ook toen het ongemakkelijk was.' } },
      { key: 'checkin', owner: 'all', text: 'Elke avond tien minuten samen zitten zonder telefoon: hoe was je dag, wat zit je dwars.', review: { inSession: 1, outcome: 'partly_kept', note: 'Ongeveer de helft van de avonden; lukt niet als Daan laat werkt.' } },
    ],
  },
  {
    day: -105, time: '10:00', kind: 'regular', with: ['sanne', 'daan'],
    summary: 'Terugblik op de eerste afspraken: het zondagsoverzicht werkt, de avondmomenten lukken nog niet altijd. We verkennen wat Sanne nodig heeft om zich minder alert te voelen en wat Daan lastig vindt aan open zijn over geld.',
    privateNotes: 'Daan vertelt over thuis: over geld werd nooit gesproken, vader had schulden. Schaamte als rode draad. Sanne herkent het, wordt zachter. Volgende keer met ieder apart een individuele sessie, om ruimte te geven aan wat ze samen niet durven te zeggen.',
    ratings: { sanne: [2, 4, 3], daan: [4, 5, 5] },
    agreements: [
      { key: 'spend', owner: 'daan', text: 'Daan meldt elke uitgave boven € 100 vooraf aan Sanne.', review: { inSession: 4, outcome: 'renegotiated', note: 'Twee keer achteraf gemeld; vooraf melden bleek in de praktijk lastig. Bijgesteld.', newKey: 'spend2' } },
      { key: 'late', owner: 'daan', text: 'Daan laat het vooraf weten als hij later thuiskomt dan afgesproken.', review: { inSession: 4, outcome: 'not_kept', note: 'Twee avonden niets laten weten; dat maakte Sanne weer wantrouwig en leidde tot ruzie.' } },
      { key: 'withdraw', owner: 'sanne', text: 'Sanne zegt het wanneer ze zich afsluit, in plaats van zich terug te trekken.', review: { inSession: 4, outcome: 'kept', note: 'Sanne gaf het drie keer aan; Daan merkte dat het hielp.' } },
    ],
  },
  {
    day: -91, time: '11:00', kind: 'regular', with: ['sanne'],
    summary: 'Individuele sessie met Sanne over haar eigen kant van het herstel: wat helpt haar om weer ruimte te voelen.',
    privateNotes: 'PRIVÉ Sanne: twijfelt of ze wil blijven; is bang dat haar familie het te weten komt. Veel boosheid die ze thuis inslikt. Oefening met schrijven voorgesteld. Niets hiervan delen in gezamenlijke sessie zonder haar toestemming.',
    ratings: { sanne: [2, 3, 4] },
    agreements: [
      { key: 'journal', owner: 'sanne', text: 'Sanne schrijft op wanneer het wantrouwen opkomt en wat er op dat moment gebeurde.', dueInDays: 14 },
    ],
  },
  {
    day: -88, time: '16:00', kind: 'regular', with: ['daan'],
    summary: 'Individuele sessie met Daan over schaamte en over wat openheid voor hem lastig maakt.',
    privateNotes: 'PRIVÉ Daan: er is nog een kleine lening bij een vriend die hij niet heeft genoemd. Besproken dat hij dit zelf aan Sanne vertelt, vóór de volgende gezamenlijke sessie. Gevraagd naar gokken: speelt niet.',
    ratings: { daan: [4, 4, 5] },
  },
  {
    day: -77, time: '10:00', kind: 'regular', with: ['sanne', 'daan'],
    summary: 'Daan heeft zelf nog een openstaande lening verteld. Dat deed pijn, maar Sanne zegt ook dat het haar vertrouwen gaf dat hij het zélf vertelde. We stellen de afspraak over uitgaven bij zodat hij haalbaar is.',
    privateNotes: 'Spannende sessie. Sanne huilde, Daan bleef erbij zitten zonder te verdedigen: groei. Meldregel bijgesteld naar "dezelfde dag". Een eerste herstelpoging is zichtbaar.',
    ratings: { sanne: [3, 3, 3], daan: [4, 4, 4] },
    agreements: [
      { key: 'budget', owner: 'all', text: 'Op zaterdagochtend samen een half uur het budget doornemen.', review: { inSession: 5, outcome: 'kept', note: 'Vier zaterdagen op rij; Sanne merkt dat het gewoon wordt.' } },
    ],
  },
  {
    day: -56, time: '10:00', kind: 'regular', with: ['sanne', 'daan'],
    summary: 'Het budgetmoment op zaterdag is een gewoonte geworden. We oefenen met een gesprek waarin Sanne haar wantrouwen benoemt en Daan luistert zonder uit te leggen.',
    privateNotes: 'Duidelijk meer ontspanning. Daan kan beter verdragen dat Sanne nog wantrouwig is. Sanne vraagt naar een afbetalingsregeling: concreet maken.',
    ratings: { sanne: [5, 5, 5], daan: [6, 6, 6] },
    agreements: [
      { key: 'debtplan', owner: 'daan', text: 'Daan maakt met de schuldhulpverlening een afbetalingsregeling en laat die aan Sanne zien.', dueInDays: 28, review: { inSession: 6, outcome: 'kept', note: 'Regeling getekend; samen doorgelezen.' } },
      { key: 'appreciate', owner: 'sanne', text: 'Sanne vertelt Daan één keer per week wat ze waardeert aan zijn openheid.', review: { inSession: 6, outcome: 'partly_kept', note: 'Twee van de vier weken; ze vond het soms nog te vroeg.' } },
    ],
  },
  {
    day: -28, time: '10:00', kind: 'evaluation', with: ['sanne', 'daan'],
    summary: 'Evaluatie na drie maanden. Beiden zien vooruitgang: meer openheid over geld, minder ruzie. Sanne voelt zich veiliger, maar het vertrouwen is nog broos. We richten ons nu op het gewoon maken van wat werkt.',
    privateNotes: 'Vragenlijst opnieuw afgenomen: duidelijke stijging bij beiden. Sanne noemt de relatie "weer een beetje van ons". Overwegen om de frequentie naar eens per drie weken te brengen.',
    ratings: { sanne: [6, 6, 6], daan: [7, 7, 7] },
    agreements: [
      { key: 'bigbuy', owner: 'all', text: 'Geen aankopen boven € 250 zonder overleg, voor allebei.', review: { inSession: 7, outcome: 'kept', note: 'Eén keer overlegd over een wasmachine; ging goed.' } },
    ],
  },
  {
    day: -7, time: '10:00', kind: 'regular', with: ['sanne', 'daan'],
    summary: 'Terugblik op de afgelopen weken: de afspraken houden stand. We bespreken hoe het zondagsoverzicht langzaam kan overgaan in gewoon samen over geld praten.',
    privateNotes: 'Rustige sessie, veel humor. Let op terugval rond de feestdagen (schoonfamilie, cadeaus). Volgende sessie: terugvalplan.',
    ratings: { sanne: [7, 7, 7], daan: [7, 8, 7] },
    agreements: [
      { key: 'holidays', owner: 'all', text: 'Samen een budget voor de feestdagen maken, inclusief cadeaus voor de familie.', dueInDays: 14 },
      { key: 'sundayTalk', owner: 'daan', text: 'Daan begint zelf het zondagse geldgesprek, zonder overzicht, en vertelt wat hem bezighoudt.' },
    ],
  },
];

// The bijgestelde (renegotiated) version of the spending agreement, made in the review session.
const replacement: PlannedAgreement = {
  key: 'spend2',
  owner: 'daan',
  text: 'Daan stuurt Sanne dezelfde dag een bericht bij elke uitgave boven € 100.',
  review: { inSession: 5, outcome: 'kept', note: 'Consequent gedaan, ook bij twijfelgevallen.' },
};
const allPlanned = [...sessions.flatMap((s) => s.agreements ?? []), replacement];

const goalTitles = [
  { title: 'Open zijn over geld', trustFactor: 'transparency', baseline: 2, target: 8 },
  { title: 'Afspraken nakomen', trustFactor: 'consistency', baseline: 3, target: 8 },
  { title: 'Veilig voelen in moeilijke gesprekken', trustFactor: 'emotional_safety', baseline: 3, target: 7 },
] as const;

const trustCheckIn: Record<Who, [number[], number[]]> = {
  sanne: [[3, 2, 3, 1, 3], [6, 6, 7, 6, 6]],
  daan: [[5, 4, 4, 3, 4], [7, 7, 8, 7, 7]],
};

export async function seedCouple(call: Call, today: Date): Promise<{ sessions: number }> {
  const sanne = await call('clients.create', { firstName: 'Sanne', lastName: 'de Vries', email: 'sanne.devries@voorbeeld.nl', phone: '06 41 22 19 87', dateOfBirth: '1988-03-14' });
  const daan = await call('clients.create', { firstName: 'Daan', lastName: 'Mulder', email: 'daan.mulder@voorbeeld.nl', phone: '06 18 55 40 32', dateOfBirth: '1986-09-02' });
  const trajectory = await call('trajectories.create', {
    kind: 'couple',
    title: 'Vertrouwen herstellen na de verzwegen schuld',
    status: 'active',
    startDate: localDateTime(today, sessions[0]!.day, '00:00').slice(0, 10),
    checkInWeeks: 3,
    participants: [
      { clientId: sanne.id, role: 'partner' },
      { clientId: daan.id, role: 'partner' },
    ],
  });
  const participant = (who: Who) => trajectory.participants.find((p) => p.clientId === (who === 'sanne' ? sanne.id : daan.id))!.id;
  const owner = (o: Owner) => (o === 'all' ? { kind: 'all' as const } : { kind: 'participant' as const, participantId: participant(o) });

  const goals = [];
  for (const g of goalTitles) goals.push(await call('goals.create', { trajectoryId: trajectory.id, ...g }));

  const held: Session[] = [];
  const made = new Map<string, Agreement>();
  for (const [index, s] of sessions.entries()) {
    const session = await call('sessions.create', {
      trajectoryId: trajectory.id,
      startsAt: localDateTime(today, s.day, s.time),
      durationMinutes: s.with.length === 1 ? 50 : 75,
      kind: s.kind,
      status: 'held',
      attendeeIds: s.with.map(participant),
    });
    held.push(session);
    // Reviews of earlier agreements happen in this session.
    for (const planned of allPlanned) {
      if (planned.review?.inSession !== index) continue;
      const agreement = made.get(planned.key)!;
      const next = allPlanned.find((p) => p.key === planned.review?.newKey);
      const reviewed = await call('agreements.review', {
        id: agreement.id,
        sessionId: session.id,
        outcome: planned.review.outcome,
        note: planned.review.note,
        ...(next ? { newAgreement: { owner: owner(next.owner), text: next.text, due: { kind: 'next_session' as const } } } : {}),
      });
      if (next && reviewed.replacedById) made.set(next.key, { ...reviewed, id: reviewed.replacedById });
    }
    for (const [who, values] of Object.entries(s.ratings) as [Who, number[]][]) {
      for (const [g, goal] of goals.entries()) {
        await call('goals.rate', { goalId: goal.id, sessionId: session.id, participantId: participant(who), value: values[g]! });
      }
    }
    for (const a of s.agreements ?? []) {
      const due = a.dueInDays ? { kind: 'date' as const, date: localDateTime(today, s.day + a.dueInDays, '00:00').slice(0, 10) } : { kind: 'next_session' as const };
      // An older session's due date may have passed already: the demo records it as it was agreed.
      made.set(a.key, await call('agreements.create', { sessionId: session.id, owner: owner(a.owner), text: a.text, due, alreadyDue: true }));
    }
    await call('sessions.saveNotes', { id: session.id, templateKey: s.with.length === 1 ? 'regular' : index === 0 ? 'intake' : 'trust_repair', summary: s.summary, privateNotes: s.privateNotes });
    await call('sessions.finalise', { id: session.id });
  }

  for (const [round, sessionIndex] of [0, 6].entries()) {
    for (const who of ['sanne', 'daan'] as const) {
      await call('questionnaires.respond', {
        sessionId: held[sessionIndex]!.id,
        participantId: participant(who),
        key: 'trust-check-in',
        answers: trustCheckIn[who][round]!.map((value, i) => ({ itemId: `q${i + 1}`, value })),
      });
    }
  }

  await call('repairPlans.create', {
    trajectoryId: trajectory.id,
    title: 'Herstel na de verzwegen schuld',
    whatHappened:
      'Daan heeft ruim een jaar een creditcardschuld van ongeveer € 14.000 voor Sanne verzwegen. Sanne ontdekte het door een aanmaning op de mat. Later bleek er ook een lening bij een vriend te zijn.',
    acknowledgedOn: localDateTime(today, sessions[0]!.day, '00:00').slice(0, 10),
    status: 'in_progress',
    agreementIds: ['bank', 'spend', 'spend2', 'debtplan', 'bigbuy'].map((k) => made.get(k)?.id).filter((x): x is number => x !== undefined),
    goalIds: [goals[0]!.id, goals[1]!.id],
  });

  await call('sessions.create', { trajectoryId: trajectory.id, startsAt: localDateTime(today, 2, '10:00'), durationMinutes: 75, kind: 'regular', attendeeIds: [participant('sanne'), participant('daan')] });
  return { sessions: held.length + 1 };
}
