import { keptRateSeries, type ReviewFact } from '../../electron/core/agreements/keptRate';
import type {
  AgreementsSection,
  ReportAgreement,
  ReportContent,
  ReportGoal,
  ReportLanguage,
  ReportPractice,
  ReportQuestionnaire,
  ReportSession,
} from '../../electron/core/reports/content';
import { makeLogoPng } from './logo';

/**
 * A realistic couple trajectory (Sanne de Vries and Ömer Yılmaz, eight months of relationship
 * therapy after a breach of trust around money), as the audience view for both partners gives it.
 */
export function makeReportContent(language: ReportLanguage = 'nl', overrides: Partial<ReportContent> = {}): ReportContent {
  const tr = (nl: string, en: string) => (language === 'nl' ? nl : en);
  const sessions = makeSessions(tr);
  const goals = makeGoals(tr);
  return {
    language,
    practice: makePractice(tr),
    audienceLabel: tr('Sanne de Vries en Ömer Yılmaz', 'Sanne de Vries and Ömer Yılmaz'),
    trajectory: {
      title: tr('Vertrouwen herstellen na de geldzorgen', 'Rebuilding trust after the money worries'),
      kind: 'couple',
      startedOn: '2026-01-12',
      participants: ['Sanne de Vries', 'Ömer Yılmaz'],
    },
    period: { from: '2026-01-12', to: '2026-06-22' },
    createdAt: new Date('2026-06-24T10:15:00Z'),
    detail: 'full',
    sections: {
      cover: true,
      summary: {
        intro: tr(
          'Sanne en Ömer kwamen in januari met een gedeelde wens: weer op elkaar kunnen rekenen, ook als het over geld gaat. In de sessies werkten we aan heldere afspraken, aan open praten over zorgen en aan rust tijdens onenigheid. Dit rapport laat zien wat jullie samen hebben opgebouwd.',
          'Sanne and Ömer came in January with a shared wish: to be able to rely on each other again, money included. In the sessions we worked on clear agreements, on talking openly about worries and on staying calm during disagreements. This report shows what you have built together.',
        ),
        sessionsHeld: sessions.filter((s) => s.status === 'held').length,
        sessionsCancelled: sessions.filter((s) => s.status === 'cancelled').length,
        goalTitles: goals.map((g) => g.title),
      },
      goals,
      agreements: agreementsSection(makeAgreements(tr)),
      sessions,
      questionnaires: [makeTrustCheck(tr)],
      closing: {
        remark: tr(
          'Sanne en Ömer, jullie hebben de afgelopen maanden laten zien dat afspraken nakomen niet alleen over geld gaat, maar over elkaar weer durven vertrouwen. Het nakomingspercentage steeg gestaag en jullie scores op de vertrouwensdoelen liggen dicht bij de streefwaarden. Wat mij vooral opvalt: jullie zeggen het nu tegen elkaar als iets schuurt, in plaats van het op te sparen.',
          'Sanne and Ömer, over the past months you have shown that keeping agreements is not only about money, but about daring to trust each other again. Your kept rate rose steadily and your ratings on the trust goals are close to the targets. What stands out most to me: you now tell each other when something chafes, instead of saving it up.',
        ),
        nextSteps: [
          tr('Nog drie sessies, eens per drie weken; daarna een check-in na twee maanden.', 'Three more sessions, once every three weeks; then a check-in after two months.'),
          tr('In september vullen jullie de vertrouwenscheck opnieuw in.', 'In September you will complete the trust check again.'),
          tr('Het zondagavondmoment blijft; bijstellen mag altijd, in overleg.', 'The Sunday evening moment stays; adjusting it is always fine, together.'),
        ],
      },
    },
    ...overrides,
  };
}

type Tr = (nl: string, en: string) => string;

export function makePractice(tr: Tr = (nl) => nl, overrides: Partial<ReportPractice> = {}): ReportPractice {
  return {
    name: 'Praktijk Samenspel',
    practitionerName: 'Marloes IJzerman',
    practitionerTitle: tr('Relatietherapeut, GZ-psycholoog', 'Couples therapist, health care psychologist'),
    registrations: { big: '49012345625', kvk: '81234567', agb: '94-123456' },
    email: 'praktijk@samenspel.nl',
    phone: '030 123 45 67',
    website: 'www.samenspel.nl',
    address: 'Oudegracht 212, 3511 NS Utrecht',
    reportFooter: tr('Praktijk Samenspel · vertrouwelijk', 'Praktijk Samenspel · confidential'),
    logo: { data: makeLogoPng(), format: 'png' },
    ...overrides,
  };
}

const both = ['Sanne de Vries', 'Ömer Yılmaz'];

function makeSessions(tr: Tr): ReportSession[] {
  const s = (id: number, date: string, kind: ReportSession['kind'], summary: string | undefined, extra: Partial<ReportSession> = {}): ReportSession => ({
    id: `s${id}`,
    date,
    time: '19:00',
    durationMinutes: kind === 'intake' ? 90 : kind === 'checkIn' ? 45 : 60,
    kind,
    status: 'held',
    attendees: both,
    ...(summary ? { summary } : {}),
    ...extra,
  });
  return [
    s(1, '2026-01-12', 'intake', tr(
      'Kennismaking. We verkenden jullie wensen voor het traject: weer op elkaar kunnen rekenen, ook als het over geld gaat. Jullie vulden allebei de vertrouwenscheck in.',
      'Getting acquainted. We explored what you want from the trajectory: being able to rely on each other again, money included. You both completed the trust check.',
    )),
    s(2, '2026-01-26', 'regular', tr(
      'Eerste afspraken gemaakt over een wekelijks geldmoment op zondagavond. Ideeën verzameld om ruzies rustiger te laten verlopen; Ömer stelde voor om ’s avonds niet meer over geld te beginnen.',
      'First agreements about a weekly money moment on Sunday evening. Collected ideas for calmer arguments; Ömer suggested no longer starting about money late in the evening.',
    )),
    s(3, '2026-02-04', 'regular', undefined, { attendees: ['Sanne de Vries'] }),
    s(4, '2026-02-09', 'regular', tr(
      'Het zondagavondmoment is twee keer gelukt. Ömer vergat twee keer een uitgave boven € 50 te melden en gaf dat zelf aan. We oefenden met het benoemen van onrust zonder verwijt.',
      'The Sunday evening moment worked twice. Ömer forgot to mention a purchase over € 50 twice and said so himself. We practised naming unease without blame.',
    )),
    s(5, '2026-02-23', 'regular', tr(
      'Terugblik op de ruzie over de vakantie. De time-out lukte nog niet; we zochten samen naar een signaal dat voor jullie allebei werkt.',
      'Looking back at the argument about the holiday. The time-out did not work yet; together we looked for a signal that works for both of you.',
    )),
    s(6, '2026-03-09', 'regular', undefined, { status: 'cancelled' }),
    s(7, '2026-03-16', 'regular', tr(
      'Ömer liet de brief van de schuldhulpverlening zien. Sanne vertelde wat dat met haar deed. De time-out is bijgesteld: jullie gebruiken nu het woord ‘pauze’.',
      'Ömer showed the letter from the debt counselling service. Sanne shared what that meant to her. The time-out was renegotiated: you now use the word ‘pause’.',
    )),
    s(8, '2026-03-30', 'evaluation', tr(
      'Tussentijdse evaluatie. De scores op alle drie de vertrouwensdoelen zijn gestegen. Jullie willen meer tijd samen zonder telefoon.',
      'Interim evaluation. The ratings on all three trust goals have gone up. You want more time together without phones.',
    )),
    s(9, '2026-04-13', 'regular', undefined, { attendees: ['Ömer Yılmaz'] }),
    s(10, '2026-04-27', 'regular', tr(
      'De telefoonvrije avond lukte drie van de vier weken. De budget-app is niet meer nodig: het huishoudboekje werkt goed. Ömer laat voortaan maandelijks het overzicht van de aflossing zien.',
      'The phone-free evening worked three weeks out of four. The budgeting app is no longer needed: the household ledger works well. From now on Ömer shows the repayment overview every month.',
    )),
    s(11, '2026-05-18', 'checkIn', tr(
      'Korte check-in na het weekend bij Ömers zus in Győr. Jullie merkten dat jullie onenigheid sneller uitpraten.',
      'Short check-in after the weekend at Ömer’s sister in Győr. You noticed that you talk disagreements through sooner.',
    )),
    s(12, '2026-06-08', 'regular', tr(
      'Terugblik op Győr: wat ging er goed en hoe houden jullie dat vast? Afspraak gemaakt over het vakantiebudget.',
      'Looking back at Győr: what went well and how do you hold on to it? Agreement made about the holiday budget.',
    )),
    s(13, '2026-06-22', 'evaluation', tr(
      'Evaluatie met de vertrouwenscheck. Beiden scoren nu in het bereik ‘stevig vertrouwen’. We bespraken hoe het traject kan afbouwen.',
      'Evaluation with the trust check. Both of you now score in the ‘solid trust’ range. We discussed how to wind the trajectory down.',
    )),
  ];
}

const ratingDates = ['2026-01-12', '2026-01-26', '2026-02-09', '2026-02-23', '2026-03-16', '2026-03-30', '2026-04-27', '2026-05-18', '2026-06-08', '2026-06-22'];

function series(participant: string, values: number[]) {
  return { participant, ratings: values.map((value, i) => ({ date: ratingDates[i]!, value })) };
}

function makeGoals(tr: Tr): ReportGoal[] {
  return [
    {
      id: 'g1',
      title: tr('Afspraken over geld nakomen', 'Keeping agreements about money'),
      trustFactor: 'consistency',
      scale: { min: 0, max: 10 },
      baseline: 3,
      target: 8,
      status: 'active',
      description: tr('Hoe zeker ben je dat afspraken over geld worden nagekomen?', 'How sure are you that agreements about money are kept?'),
      series: [series('Sanne de Vries', [3, 3.5, 4, 4.5, 5.5, 6, 6.5, 7, 7, 7.5]), series('Ömer Yılmaz', [4, 4.5, 5, 5, 6, 6.5, 7, 7.5, 8, 8])],
    },
    {
      id: 'g2',
      title: tr('Open praten over zorgen en twijfels', 'Talking openly about worries and doubts'),
      trustFactor: 'openCommunication',
      scale: { min: 0, max: 10 },
      baseline: 4,
      target: 8,
      status: 'active',
      series: [series('Sanne de Vries', [4, 4, 5, 5, 6, 6.5, 6.5, 7, 7.5, 8]), series('Ömer Yılmaz', [3.5, 4, 4, 5, 5.5, 6, 7, 7, 7.5, 7.5])],
    },
    {
      id: 'g3',
      title: tr('Je veilig voelen bij onenigheid', 'Feeling safe during disagreements'),
      trustFactor: 'emotionalSafety',
      scale: { min: 0, max: 10 },
      baseline: 2.5,
      target: 7,
      status: 'achieved',
      series: [series('Sanne de Vries', [2.5, 3, 3, 2.5, 4, 5, 6, 6.5, 7, 7]), series('Ömer Yılmaz', [3, 3, 3.5, 3, 4.5, 5, 5.5, 6.5, 7, 7.5])],
    },
  ];
}

function makeAgreements(tr: Tr): ReportAgreement[] {
  const a = (id: number, fields: Omit<ReportAgreement, 'id'>): ReportAgreement => ({ id: `a${id}`, ...fields });
  const bothOwners = tr('Beide partners', 'Both partners');
  return [
    a(1, { description: tr('Elke zondagavond samen een half uur het huishoudboekje doornemen', 'Go through the household ledger together for half an hour every Sunday evening'), owner: bothOwners, madeOn: '2026-01-26', dueOn: '2026-02-09', reviewedOn: '2026-02-09', outcome: 'kept' }),
    a(2, { description: tr('Uitgaven boven € 50 dezelfde dag aan Sanne melden', 'Tell Sanne the same day about any purchase over € 50'), owner: 'Ömer', madeOn: '2026-01-26', dueOn: '2026-02-09', reviewedOn: '2026-02-09', outcome: 'partlyKept', outcomeNote: tr('Twee keer vergeten, daarna zelf aangegeven.', 'Forgot twice, then said so himself.') }),
    a(3, { description: tr('Onrust benoemen in plaats van te controleren', 'Name unease instead of checking up'), owner: 'Sanne', madeOn: '2026-02-09', dueOn: '2026-02-23', reviewedOn: '2026-02-23', outcome: 'kept' }),
    a(4, { description: tr('Time-out van twintig minuten als een gesprek te hoog oploopt', 'A twenty-minute time-out when a conversation runs too high'), owner: bothOwners, madeOn: '2026-02-09', dueOn: '2026-02-23', reviewedOn: '2026-02-23', outcome: 'notKept', outcomeNote: tr('In de ruzie over de vakantie lukte het niet om te stoppen.', 'In the argument about the holiday it did not work to stop.') }),
    a(5, { description: tr('Time-out aankondigen met het woord ‘pauze’ en na twintig minuten terugkomen', 'Announce a time-out with the word ‘pause’ and come back after twenty minutes'), owner: bothOwners, madeOn: '2026-02-23', dueOn: '2026-03-16', reviewedOn: '2026-03-16', outcome: 'renegotiated', outcomeNote: tr('Vervangen door een afspraak met een vaste plek om af te koelen.', 'Replaced by an agreement with a fixed place to cool down.') }),
    a(6, { description: tr('De brief van de schuldhulpverlening met Sanne delen', 'Share the letter from the debt counselling service with Sanne'), owner: 'Ömer', madeOn: '2026-02-23', dueOn: '2026-03-16', reviewedOn: '2026-03-16', outcome: 'kept', repairAction: true }),
    a(7, { description: tr('‘Pauze’ zeggen en afkoelen in de tuin; na twintig minuten verder praten', 'Say ‘pause’ and cool down in the garden; continue talking after twenty minutes'), owner: bothOwners, madeOn: '2026-03-16', dueOn: '2026-03-30', reviewedOn: '2026-03-30', outcome: 'kept' }),
    a(8, { description: tr('Eén avond per week samen zonder telefoon', 'One evening a week together without phones'), owner: bothOwners, madeOn: '2026-03-30', dueOn: '2026-04-27', reviewedOn: '2026-04-27', outcome: 'partlyKept', outcomeNote: tr('Drie van de vier weken gelukt.', 'Worked three weeks out of four.') }),
    a(9, { description: tr('Samen een budget-app uitproberen', 'Try a budgeting app together'), owner: bothOwners, madeOn: '2026-03-30', dueOn: '2026-04-27', reviewedOn: '2026-04-27', outcome: 'dropped', outcomeNote: tr('Niet meer nodig: het huishoudboekje werkt.', 'No longer needed: the household ledger works.') }),
    a(10, { description: tr('Maandelijks het overzicht van de aflossing samen bekijken', 'Look at the repayment overview together every month'), owner: 'Ömer', madeOn: '2026-04-27', dueOn: '2026-05-18', reviewedOn: '2026-05-18', outcome: 'kept', repairAction: true }),
    a(11, { description: tr('Na het weekend in Győr terugblikken op wat goed ging', 'After the weekend in Győr, look back on what went well'), owner: bothOwners, madeOn: '2026-05-18', dueOn: '2026-06-08', reviewedOn: '2026-06-08', outcome: 'kept' }),
    a(12, { description: tr('Het vakantiebudget samen vaststellen vóór 1 juli', 'Set the holiday budget together before 1 July'), owner: bothOwners, madeOn: '2026-06-08', dueOn: '2026-07-01', outcome: null }),
  ];
}

function makeTrustCheck(tr: Tr): ReportQuestionnaire {
  return {
    id: 'q1',
    title: tr('Vertrouwenscheck', 'Trust check'),
    scoreLabel: tr('totaalscore', 'total score'),
    scale: { min: 0, max: 40 },
    bands: [
      { from: 0, to: 14, label: tr('Veel onzekerheid', 'Much uncertainty'), severity: 'moderately_severe' },
      { from: 15, to: 27, label: tr('Wisselend vertrouwen', 'Mixed trust'), severity: 'mild' },
      { from: 28, to: 40, label: tr('Stevig vertrouwen', 'Solid trust'), severity: 'none' },
    ],
    series: [
      { respondent: 'Sanne de Vries', scores: [{ date: '2026-01-12', value: 12 }, { date: '2026-03-30', value: 21 }, { date: '2026-06-22', value: 29 }] },
      { respondent: 'Ömer Yılmaz', scores: [{ date: '2026-01-12', value: 16 }, { date: '2026-03-30', value: 24 }, { date: '2026-06-22', value: 31 }] },
    ],
    note: tr('Tien vragen over vertrouwen in de relatie, elk 0–4; hoger is meer vertrouwen.', 'Ten questions about trust in the relationship, each 0–4; higher means more trust.'),
  };
}

/** A long trajectory: `count` weekly sessions with summaries, ratings every session and agreements every few weeks. */
export function makeLongReportContent(count: number, language: ReportLanguage = 'nl'): ReportContent {
  const base = makeReportContent(language);
  const start = Date.UTC(2024, 0, 8);
  const day = (i: number) => new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10);
  const sessions: ReportSession[] = Array.from({ length: count }, (_, i) => ({
    id: `long${i}`,
    date: day(i),
    time: '19:00',
    durationMinutes: 60,
    kind: i === 0 ? 'intake' : i % 10 === 9 ? 'evaluation' : 'regular',
    status: i % 17 === 16 ? 'cancelled' : 'held',
    attendees: both,
    summary: `Sessie ${i + 1}: we bespraken hoe de afspraken van de afgelopen week gingen, wat er goed ging en waar het schuurde. Beiden gaven een score op de vertrouwensdoelen; het zondagavondmoment blijft een vast punt.`,
  }));
  const wave = (i: number, offset: number) => Math.min(10, Math.max(0, 3 + (i / count) * 5 + Math.sin(i / 3 + offset)));
  const goals = base.sections.goals!.map((g, gi) => ({
    ...g,
    series: g.series.map((s, si) => ({ ...s, ratings: sessions.map((session, i) => ({ date: session.date, value: Math.round(wave(i, gi + si) * 2) / 2 })) })),
  }));
  const outcomes = ['kept', 'kept', 'partlyKept', 'notKept', 'kept', 'renegotiated'] as const;
  const agreements: ReportAgreement[] = Array.from({ length: Math.floor(count / 2) }, (_, i) => ({
    id: `la${i}`,
    description: `Afspraak ${i + 1}: elke week samen het huishoudboekje doornemen en eerlijk benoemen wat lastig was.`,
    owner: i % 3 === 0 ? 'Ömer' : i % 3 === 1 ? 'Sanne' : 'Beide partners',
    madeOn: day(i * 2),
    dueOn: day(i * 2 + 2),
    ...(i * 2 + 2 < count ? { reviewedOn: day(i * 2 + 2), outcome: outcomes[i % outcomes.length]! } : { outcome: null }),
  }));
  return {
    ...base,
    trajectory: { ...base.trajectory, startedOn: day(0) },
    period: { from: day(0), to: day(count - 1) },
    sections: {
      ...base.sections,
      summary: { ...base.sections.summary!, sessionsHeld: sessions.filter((s) => s.status === 'held').length },
      goals,
      agreements: agreementsSection(agreements),
      sessions,
    },
  };
}

const snakeOutcome = { kept: 'kept', partlyKept: 'partly_kept', notKept: 'not_kept', renegotiated: 'renegotiated', dropped: 'dropped' } as const;

/** The agreements with their kept rate, computed by the agreements module as the audience view does. */
export function agreementsSection(items: ReportAgreement[]): AgreementsSection {
  const reviewDates = [...new Set(items.flatMap((a) => (a.reviewedOn ? [a.reviewedOn] : [])))].sort();
  const facts: ReviewFact[] = items.flatMap((a) =>
    a.outcome && a.reviewedOn
      ? [{ owner: { kind: 'all' as const }, outcome: snakeOutcome[a.outcome], sessionId: reviewDates.indexOf(a.reviewedOn) + 1, startsAt: `${a.reviewedOn}T19:00` }]
      : [],
  );
  const series = keptRateSeries(facts, null);
  return {
    items,
    leftOut: 0,
    byOwner: [],
    keptRate: {
      rate: series.rate,
      reviewed: series.reviewed,
      points: series.points.flatMap((p) => (p.cumulativeRate === null ? [] : [{ date: p.date, rate: p.cumulativeRate }])),
    },
  };
}
