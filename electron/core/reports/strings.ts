import { domainLabels, type DomainLabels } from '../../../shared/vocabulary/labels';
import type { ClientAddress } from '../../../shared/contract/practice';
import { formalDutch } from './formalDutch';
import type { AgreementOutcome, GoalStatus, ReportLanguage, SessionKind, SessionStatus, TrajectoryKind, TrustFactor } from './content';

/** Every word the report prints itself, in the glossary's terms. User text never passes through here. */
export interface ReportStrings {
  reportTitle: string;
  preparedFor: string;
  period: string;
  issuedOn: string;
  practitioner: string;
  registrations: { big: string; nobco: string; emcc: string; kvk: string; agb: string };
  trajectoryKind: Record<TrajectoryKind, string>;
  pageOf: (page: number, total: number) => string;
  confidential: string;
  coverNote: (audience: string) => string;
  contact: string;
  sections: {
    summary: string;
    goals: string;
    agreements: string;
    sessions: string;
    questionnaires: string;
    closing: string;
    repairPlans: string;
  };
  repair: {
    intro: string;
    acknowledgedOn: (date: string) => string;
    notAcknowledged: string;
    status: Record<'open' | 'inProgress' | 'completed', string>;
    actions: string;
    actionCounts: (total: number, kept: number, open: number) => string;
    goals: string;
  };
  summary: {
    trajectory: string;
    startedOn: string;
    participants: string;
    sessionsHeld: string;
    sessionsCancelled: string;
    goals: string;
    noGoals: string;
  };
  goals: {
    trustFactor: Record<TrustFactor, string>;
    status: Record<GoalStatus, string>;
    baseline: string;
    target: string;
    scale: (min: string, max: string) => string;
    latest: string;
    /** A person's change over the period: "van 2 naar 7". */
    change: (from: string, to: string) => string;
    noRatings: string;
    date: string;
    intro: string;
  };
  agreements: {
    agreement: string;
    owner: string;
    made: string;
    due: string;
    outcome: string;
    outcomes: Record<AgreementOutcome, string>;
    open: string;
    nextSession: string;
    bothPartners: string;
    wholeTeam: string;
    keptRate: string;
    keptRateNote: string;
    keptRateSoFar: (rate: string, reviewed: number) => string;
    keptRateChartCaption: string;
    keptRateMonthCaption: string;
    /** The kept-rate chart's alternative text (it has no table of its own). */
    keptRateChartAlt: (from: string, to: string) => string;
    repairAction: string;
    none: string;
    reviewed: string;
    kept: string;
    perPerson: string;
    openOnes: string;
    recentlyReviewed: string;
    /** How many agreements of the period the concise report leaves out. */
    leftOut: (n: number) => string;
  };
  sessions: {
    date: string;
    session: string;
    summary: string;
    kind: Record<SessionKind, string>;
    status: Record<SessionStatus, string>;
    joint: string;
    individual: (name: string) => string;
    minutes: (n: number) => string;
    noSummary: string;
    /** How many earlier sessions of the period the concise report leaves out. */
    leftOut: (n: number) => string;
  };
  questionnaires: {
    totalScore: string;
    meanScore: string;
    interpretation: string;
    band: string;
    /** The line of a team's anonymous questionnaire: the group mean, never a name. */
    groupMean: string;
    groupNote: (threshold: number) => string;
    groupLatest: (p: { count: number; mean: string; spread: string; lowest: string; highest: string }) => string;
    tooFewResponses: (dates: string) => string;
    /** A plain-language line under a screener's scores (PHQ-9, GAD-7), by questionnaire key. */
    screeners: Record<string, string>;
  };
  closing: {
    remark: string;
    nextSteps: string;
  };
  chartAlternative: string;
  /** A chart's alternative text: what it shows and whose lines are in it. */
  chartAlt: (what: string, who: string[]) => string;
  /** Caption of a chart that shows one average per month. */
  perMonth: string;
  month: string;
  /** Who a report can be for, as the report builder lists them. */
  audiences: { together: (names: string) => string; team: string };
}

// The report's own names for the domain values, taken from the one vocabulary the screens use too.
const trustFactors = (l: DomainLabels): Record<TrustFactor, string> => ({
  consistency: l.trustFactor.consistency,
  openCommunication: l.trustFactor.open_communication,
  responsibility: l.trustFactor.responsibility,
  transparency: l.trustFactor.transparency,
  emotionalSafety: l.trustFactor.emotional_safety,
  other: l.trustFactor.other,
});
const outcomes = (l: DomainLabels): Record<AgreementOutcome, string> => ({
  kept: l.agreementOutcome.kept,
  partlyKept: l.agreementOutcome.partly_kept,
  notKept: l.agreementOutcome.not_kept,
  renegotiated: l.agreementOutcome.renegotiated,
  dropped: l.agreementOutcome.dropped,
});
const sessionKinds = (l: DomainLabels): Record<SessionKind, string> => ({
  intake: l.sessionKind.intake,
  regular: l.sessionKind.regular,
  evaluation: l.sessionKind.evaluation,
  checkIn: l.sessionKind.check_in,
  closing: l.sessionKind.closing,
});
const sessionStatuses = (l: DomainLabels): Record<SessionStatus, string> => ({
  planned: l.sessionStatus.planned,
  held: l.sessionStatus.held,
  cancelled: l.sessionStatus.cancelled,
  noShow: l.sessionStatus.no_show,
});
const nlLabels = domainLabels.nl;
const enLabels = domainLabels.en;

const nl: ReportStrings = {
  reportTitle: 'Voortgangsrapport',
  preparedFor: 'Voor',
  period: 'Periode',
  issuedOn: 'Opgesteld op',
  practitioner: 'Begeleider',
  registrations: { big: 'BIG', nobco: 'NOBCO', emcc: 'EMCC', kvk: 'KvK', agb: 'AGB' },
  trajectoryKind: nlLabels.trajectoryKindName,
  pageOf: (page, total) => `pagina ${page} van ${total}`,
  confidential: 'Vertrouwelijk',
  coverNote: (audience) =>
    `Dit rapport is vertrouwelijk en alleen bedoeld voor ${audience}. Er staat alleen in wat in de sessies is vastgelegd om te delen. Persoonlijke aantekeningen uit de sessies staan er niet in.`,
  contact: 'Contact',
  sections: {
    summary: 'Samenvatting van het traject',
    goals: 'Vertrouwensdoelen',
    agreements: 'Afspraken',
    sessions: 'Sessies',
    questionnaires: 'Vragenlijsten',
    closing: 'Afsluitend woord en vervolgstappen',
    repairPlans: 'Herstelplan',
  },
  repair: {
    intro: 'Een herstelplan is gemaakt om het vertrouwen te herstellen. Hier staan de stappen die daarvoor zijn afgesproken.',
    acknowledgedOn: (date) => `Erkend op ${date}`,
    notAcknowledged: 'Nog niet erkend',
    status: { open: nlLabels.repairPlanStatus.open, inProgress: nlLabels.repairPlanStatus.in_progress, completed: nlLabels.repairPlanStatus.completed },
    actions: 'Herstelactie',
    actionCounts: (total, kept, open) =>
      `${total === 1 ? '1 herstelactie' : `${total} herstelacties`} in deze periode. Nagekomen: ${kept}. Nog te bespreken: ${open}.`,
    goals: 'Doelen waarmee we het herstel volgen',
  },
  summary: {
    trajectory: 'Traject',
    startedOn: 'Gestart op',
    participants: 'Deelnemers',
    sessionsHeld: 'Gehouden sessies',
    sessionsCancelled: 'Afgezegde sessies',
    goals: 'Vertrouwensdoelen',
    noGoals: 'Er zijn nog geen vertrouwensdoelen vastgelegd.',
  },
  goals: {
    trustFactor: trustFactors(nlLabels),
    status: nlLabels.goalStatus,
    baseline: 'Beginmeting',
    target: 'Streefwaarde',
    scale: (min, max) => `schaal ${min}–${max}`,
    latest: 'Laatste score',
    change: (from, to) => `van ${from} naar ${to}`,
    noRatings: 'Nog geen scores in deze periode.',
    date: 'Datum',
    intro:
      'Bij elk doel staan drie dingen. De beginmeting is de score bij de start. De streefwaarde is de score die samen als doel is gekozen. Daarna volgen de scores uit de sessies.',
  },
  agreements: {
    agreement: 'Afspraak',
    owner: 'Voor wie',
    made: 'Gemaakt',
    due: 'Te bespreken',
    outcome: 'Uitkomst',
    outcomes: outcomes(nlLabels),
    open: 'Nog te bespreken',
    nextSession: 'Volgende sessie',
    bothPartners: nlLabels.agreementForAll.couple,
    wholeTeam: nlLabels.agreementForAll.team,
    keptRate: 'Nakomingspercentage',
    keptRateNote:
      'Het nakomingspercentage laat zien hoeveel van de besproken afspraken zijn nagekomen. Een afspraak die deels is nagekomen, telt voor de helft. Bijgestelde en vervallen afspraken tellen niet mee.',
    keptRateSoFar: (rate, reviewed) =>
      reviewed === 1 ? `${rate} van 1 besproken afspraak nagekomen` : `${rate} van de ${reviewed} besproken afspraken nagekomen`,
    keptRateChartCaption: 'Nakomingspercentage na elke bespreking, over alle afspraken die tot dan toe besproken zijn',
    keptRateMonthCaption: 'Nakomingspercentage aan het eind van elke maand, over alle afspraken die tot dan toe besproken zijn',
    keptRateChartAlt: (from, to) => `Grafiek van het nakomingspercentage. Het ging van ${from} bij de eerste bespreking naar ${to} bij de laatste.`,
    repairAction: 'herstelactie',
    none: 'Er zijn in deze periode geen afspraken gemaakt.',
    reviewed: 'Besproken',
    kept: 'Nagekomen',
    perPerson: 'Per persoon',
    openOnes: 'Open afspraken',
    recentlyReviewed: 'Onlangs besproken',
    leftOut: (n) =>
      n === 1
        ? 'Eén eerdere afspraak staat hier niet. Het volledige rapport noemt alle afspraken.'
        : `${n} eerdere afspraken staan hier niet. Het volledige rapport noemt alle afspraken.`,
  },
  sessions: {
    date: 'Datum',
    session: 'Sessie',
    summary: 'Samenvatting',
    kind: sessionKinds(nlLabels),
    status: sessionStatuses(nlLabels),
    joint: 'Gezamenlijke sessie',
    individual: (name) => `Individuele sessie met ${name}`,
    minutes: (n) => `${n} min`,
    noSummary: 'Geen samenvatting vastgelegd.',
    leftOut: (n) =>
      n === 1
        ? 'Hier staan de laatste sessies. Eén eerdere sessie staat in het volledige rapport.'
        : `Hier staan de laatste sessies. De ${n} eerdere sessies staan in het volledige rapport.`,
  },
  questionnaires: {
    totalScore: 'totaalscore',
    meanScore: 'gemiddelde score',
    interpretation: 'Betekenis van de scores',
    band: 'Bereik',
    groupMean: 'Teamgemiddelde',
    groupNote: (threshold) =>
      `Het team vult deze vragenlijst anoniem in. Je ziet alleen cijfers van de hele groep, en alleen als minstens ${threshold} mensen hebben geantwoord. Niemand wordt met naam genoemd.`,
    groupLatest: ({ count, mean, spread, lowest, highest }) =>
      `Laatste keer: ${count} antwoorden, gemiddeld ${mean}. De spreiding (hoe ver de antwoorden uit elkaar liggen) is ${spread}; de scores liggen tussen ${lowest} en ${highest}.`,
    tooFewResponses: (dates) => `Te weinig antwoorden op ${dates}: daarvan tonen we geen cijfers.`,
    screeners: {
      'phq-9':
        'De PHQ-9 is een korte vragenlijst over somberheid in de twee weken ervoor. Hoe lager de score, hoe minder klachten. De score is geen diagnose. Hij helpt om samen te bespreken hoe het gaat.',
      'gad-7':
        'De GAD-7 is een korte vragenlijst over spanning en zorgen in de twee weken ervoor. Hoe lager de score, hoe minder klachten. De score is geen diagnose. Hij helpt om samen te bespreken hoe het gaat.',
    },
  },
  closing: { remark: 'Afsluitend woord', nextSteps: 'Vervolgstappen' },
  chartAlternative: 'De cijfers in de grafiek',
  chartAlt: (what, who) => `Grafiek: ${what}${who.length > 0 ? `, met een lijn voor ${new Intl.ListFormat('nl', { type: 'conjunction' }).format(who)}` : ''}. De cijfers staan in de tabel eronder.`,
  perMonth: 'Per maand het gemiddelde van de scores in die maand',
  month: 'Maand',
  audiences: { together: (names) => `${names} samen`, team: 'Het team' },
};

const en: ReportStrings = {
  reportTitle: 'Progress report',
  preparedFor: 'For',
  period: 'Period',
  issuedOn: 'Prepared on',
  practitioner: 'Practitioner',
  registrations: { big: 'BIG', nobco: 'NOBCO', emcc: 'EMCC', kvk: 'Chamber of Commerce', agb: 'AGB' },
  trajectoryKind: enLabels.trajectoryKindName,
  pageOf: (page, total) => `page ${page} of ${total}`,
  confidential: 'Confidential',
  coverNote: (audience) =>
    `This report is confidential and meant only for ${audience}. It contains only what was recorded in the sessions to be shared. Personal notes from the sessions are not in it.`,
  contact: 'Contact',
  sections: {
    summary: 'Summary of the programme',
    goals: 'Trust goals',
    agreements: 'Agreements',
    sessions: 'Sessions',
    questionnaires: 'Questionnaires',
    closing: 'Closing remark and next steps',
    repairPlans: 'Repair plan',
  },
  repair: {
    intro: 'A repair plan was made to rebuild trust. These are the steps agreed for it.',
    acknowledgedOn: (date) => `Acknowledged on ${date}`,
    notAcknowledged: 'Not acknowledged yet',
    status: { open: enLabels.repairPlanStatus.open, inProgress: enLabels.repairPlanStatus.in_progress, completed: enLabels.repairPlanStatus.completed },
    actions: 'Repair action',
    actionCounts: (total, kept, open) =>
      `${total === 1 ? '1 repair action' : `${total} repair actions`} in this period. Kept: ${kept}. Not reviewed yet: ${open}.`,
    goals: 'Goals that follow the repair',
  },
  summary: {
    trajectory: 'Programme',
    startedOn: 'Started on',
    participants: 'Participants',
    sessionsHeld: 'Sessions held',
    sessionsCancelled: 'Sessions cancelled',
    goals: 'Trust goals',
    noGoals: 'No trust goals have been set yet.',
  },
  goals: {
    trustFactor: trustFactors(enLabels),
    status: enLabels.goalStatus,
    baseline: 'Baseline',
    target: 'Target',
    scale: (min, max) => `scale ${min}–${max}`,
    latest: 'Latest rating',
    change: (from, to) => `from ${from} to ${to}`,
    noRatings: 'No ratings in this period yet.',
    date: 'Date',
    intro:
      'Each goal shows three things. The baseline is the rating at the start. The target is the rating chosen together as the goal. After that come the ratings from the sessions.',
  },
  agreements: {
    agreement: 'Agreement',
    owner: 'For whom',
    made: 'Made',
    due: 'Due',
    outcome: 'Outcome',
    outcomes: outcomes(enLabels),
    open: 'Not reviewed yet',
    nextSession: 'Next session',
    bothPartners: enLabels.agreementForAll.couple,
    wholeTeam: enLabels.agreementForAll.team,
    keptRate: 'Follow-through rate',
    keptRateNote:
      'The follow-through rate shows how many of the reviewed agreements were kept. An agreement that was partly kept counts for half. Renegotiated and dropped agreements do not count.',
    keptRateSoFar: (rate, reviewed) =>
      reviewed === 1 ? `${rate} of 1 reviewed agreement kept` : `${rate} of the ${reviewed} reviewed agreements kept`,
    keptRateChartCaption: 'Follow-through rate after each review, over all agreements reviewed up to then',
    keptRateMonthCaption: 'Follow-through rate at the end of each month, over all agreements reviewed up to then',
    keptRateChartAlt: (from, to) => `Chart of the follow-through rate. It went from ${from} at the first review to ${to} at the last.`,
    repairAction: 'repair action',
    none: 'No agreements were made in this period.',
    reviewed: 'Reviewed',
    kept: 'Kept',
    perPerson: 'Per person',
    openOnes: 'Open agreements',
    recentlyReviewed: 'Recently reviewed',
    leftOut: (n) =>
      n === 1
        ? 'One earlier agreement is not listed here. The full report lists every agreement.'
        : `${n} earlier agreements are not listed here. The full report lists every agreement.`,
  },
  sessions: {
    date: 'Date',
    session: 'Session',
    summary: 'Summary',
    kind: sessionKinds(enLabels),
    status: sessionStatuses(enLabels),
    joint: 'Joint session',
    individual: (name) => `Individual session with ${name}`,
    minutes: (n) => `${n} min`,
    noSummary: 'No summary recorded.',
    leftOut: (n) =>
      n === 1
        ? 'These are the latest sessions. One earlier session is in the full report.'
        : `These are the latest sessions. The ${n} earlier sessions are in the full report.`,
  },
  questionnaires: {
    totalScore: 'total score',
    meanScore: 'mean score',
    interpretation: 'What the scores mean',
    band: 'Range',
    groupMean: 'Team average',
    groupNote: (threshold) =>
      `The team fills in this questionnaire anonymously. You see figures for the whole group only, and only when at least ${threshold} people answered. Nobody is named.`,
    groupLatest: ({ count, mean, spread, lowest, highest }) =>
      `Last time: ${count} responses, average ${mean}. The spread (how far apart the answers are) is ${spread}; the scores range from ${lowest} to ${highest}.`,
    tooFewResponses: (dates) => `Too few responses on ${dates}: no figures are shown for those.`,
    screeners: {
      'phq-9':
        'The PHQ-9 is a short questionnaire about low mood in the two weeks before. The lower the score, the fewer the complaints. The score is not a diagnosis. It helps to talk together about how things are going.',
      'gad-7':
        'The GAD-7 is a short questionnaire about tension and worry in the two weeks before. The lower the score, the fewer the complaints. The score is not a diagnosis. It helps to talk together about how things are going.',
    },
  },
  closing: { remark: 'Closing remark', nextSteps: 'Next steps' },
  chartAlternative: 'The numbers in the chart',
  chartAlt: (what, who) => `Chart: ${what}${who.length > 0 ? `, with a line for ${new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(who)}` : ''}. The numbers are in the table below it.`,
  perMonth: 'Each month: the average of the ratings in that month',
  month: 'Month',
  audiences: { together: (names) => `${names} together`, team: 'The team' },
};

const nlFormal = formalDutch(nl);

/**
 * The report's words in its language. A Dutch report says "je"/"jullie" unless the practice chose
 * "u"; then every sentence says "u", so one report never mixes the two.
 */
export function reportStrings(language: ReportLanguage, address: ClientAddress = 'je'): ReportStrings {
  if (language === 'en') return en;
  return address === 'u' ? nlFormal : nl;
}
