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
    repairAction: string;
    none: string;
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
  };
  closing: {
    remark: string;
    nextSteps: string;
  };
  chartAlternative: string;
  /** Who a report can be for, as the report builder lists them. */
  audiences: { together: (names: string) => string; team: string };
}

const nl: ReportStrings = {
  reportTitle: 'Voortgangsrapport',
  preparedFor: 'Voor',
  period: 'Periode',
  issuedOn: 'Opgesteld op',
  practitioner: 'Behandelaar',
  registrations: { big: 'BIG', nobco: 'NOBCO', emcc: 'EMCC', kvk: 'KvK', agb: 'AGB' },
  trajectoryKind: { individual: 'Individueel traject', couple: 'Traject voor stellen', team: 'Teamtraject' },
  pageOf: (page, total) => `pagina ${page} van ${total}`,
  confidential: 'Vertrouwelijk',
  coverNote: (audience) =>
    `Dit rapport is vertrouwelijk en bestemd voor ${audience}. Het bevat alleen wat in de sessies is vastgelegd om te delen; persoonlijke notities van de behandelaar staan er niet in.`,
  contact: 'Contact',
  sections: {
    summary: 'Samenvatting van het traject',
    goals: 'Vertrouwensdoelen',
    agreements: 'Afspraken',
    sessions: 'Sessies',
    questionnaires: 'Vragenlijsten',
    closing: 'Afsluitend woord en vervolgstappen',
  },
  summary: {
    trajectory: 'Traject',
    startedOn: 'Gestart op',
    participants: 'Deelnemers',
    sessionsHeld: 'Gehouden sessies',
    sessionsCancelled: 'Afgezegde sessies',
    goals: 'Vertrouwensdoelen',
    noGoals: 'Er zijn (nog) geen vertrouwensdoelen vastgelegd.',
  },
  goals: {
    trustFactor: {
      consistency: 'Consistent gedrag',
      openCommunication: 'Open communicatie',
      responsibility: 'Verantwoordelijkheid nemen',
      transparency: 'Transparantie',
      emotionalSafety: 'Emotionele veiligheid',
      other: 'Overig',
    },
    status: { active: 'Lopend', achieved: 'Bereikt', paused: 'Gepauzeerd', dropped: 'Gestopt' },
    baseline: 'Beginmeting',
    target: 'Streefwaarde',
    scale: (min, max) => `schaal ${min}–${max}`,
    latest: 'Laatste score',
    noRatings: 'Nog geen scores in deze periode.',
    date: 'Datum',
    intro: 'Per doel: de beginmeting, de streefwaarde en de scores per sessie.',
  },
  agreements: {
    agreement: 'Afspraak',
    owner: 'Wie',
    made: 'Gemaakt',
    due: 'Te bespreken',
    outcome: 'Uitkomst',
    outcomes: {
      kept: 'Nagekomen',
      partlyKept: 'Deels nagekomen',
      notKept: 'Niet nagekomen',
      renegotiated: 'Bijgesteld',
      dropped: 'Vervallen',
    },
    open: 'Nog te bespreken',
    nextSession: 'Volgende sessie',
    bothPartners: 'Beide partners',
    wholeTeam: 'Het hele team',
    keptRate: 'Nakomingspercentage',
    keptRateNote:
      'Nakomingspercentage: nagekomen afspraken gedeeld door besproken afspraken; deels nagekomen telt voor de helft. Bijgestelde en vervallen afspraken tellen niet mee.',
    keptRateSoFar: (rate, reviewed) => `${rate} over ${reviewed} besproken ${reviewed === 1 ? 'afspraak' : 'afspraken'}`,
    keptRateChartCaption: 'Nakomingspercentage door de tijd (opgeteld tot en met elke bespreking)',
    repairAction: 'herstelactie',
    none: 'Er zijn in deze periode geen afspraken gemaakt.',
  },
  sessions: {
    date: 'Datum',
    session: 'Sessie',
    summary: 'Gedeelde samenvatting',
    kind: { intake: 'Intake', regular: 'Sessie', evaluation: 'Evaluatie', checkIn: 'Check-in', closing: 'Afsluitende sessie' },
    status: { planned: 'Gepland', held: 'Gehouden', cancelled: 'Afgezegd', noShow: 'Niet verschenen' },
    joint: 'Gezamenlijke sessie',
    individual: (name) => `Individuele sessie met ${name}`,
    minutes: (n) => `${n} min`,
    noSummary: 'Geen gedeelde samenvatting.',
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
  },
  closing: { remark: 'Afsluitend woord', nextSteps: 'Vervolgstappen' },
  chartAlternative: 'De cijfers in de grafiek',
  audiences: { together: (names) => `${names} samen`, team: 'Het team' },
};

const en: ReportStrings = {
  reportTitle: 'Progress report',
  preparedFor: 'For',
  period: 'Period',
  issuedOn: 'Prepared on',
  practitioner: 'Practitioner',
  registrations: { big: 'BIG', nobco: 'NOBCO', emcc: 'EMCC', kvk: 'Chamber of Commerce', agb: 'AGB' },
  trajectoryKind: { individual: 'Individual trajectory', couple: 'Couple trajectory', team: 'Team trajectory' },
  pageOf: (page, total) => `page ${page} of ${total}`,
  confidential: 'Confidential',
  coverNote: (audience) =>
    `This report is confidential and intended for ${audience}. It contains only what was recorded in the sessions to be shared; the practitioner's private notes are not part of it.`,
  contact: 'Contact',
  sections: {
    summary: 'Summary of the trajectory',
    goals: 'Trust goals',
    agreements: 'Agreements',
    sessions: 'Sessions',
    questionnaires: 'Questionnaires',
    closing: 'Closing remark and next steps',
  },
  summary: {
    trajectory: 'Trajectory',
    startedOn: 'Started on',
    participants: 'Participants',
    sessionsHeld: 'Sessions held',
    sessionsCancelled: 'Sessions cancelled',
    goals: 'Trust goals',
    noGoals: 'No trust goals have been set (yet).',
  },
  goals: {
    trustFactor: {
      consistency: 'Consistency',
      openCommunication: 'Open communication',
      responsibility: 'Taking responsibility',
      transparency: 'Transparency',
      emotionalSafety: 'Emotional safety',
      other: 'Other',
    },
    status: { active: 'Ongoing', achieved: 'Achieved', paused: 'Paused', dropped: 'Stopped' },
    baseline: 'Baseline',
    target: 'Target',
    scale: (min, max) => `scale ${min}–${max}`,
    latest: 'Latest rating',
    noRatings: 'No ratings in this period yet.',
    date: 'Date',
    intro: 'For each goal: the baseline, the target and the ratings per session.',
  },
  agreements: {
    agreement: 'Agreement',
    owner: 'Who',
    made: 'Made',
    due: 'Due',
    outcome: 'Outcome',
    outcomes: {
      kept: 'Kept',
      partlyKept: 'Partly kept',
      notKept: 'Not kept',
      renegotiated: 'Renegotiated',
      dropped: 'Dropped',
    },
    open: 'Not reviewed yet',
    nextSession: 'Next session',
    bothPartners: 'Both partners',
    wholeTeam: 'The whole team',
    keptRate: 'Kept rate',
    keptRateNote:
      'Kept rate: kept agreements divided by reviewed agreements; partly kept counts half. Renegotiated and dropped agreements are not counted.',
    keptRateSoFar: (rate, reviewed) => `${rate} of ${reviewed} reviewed ${reviewed === 1 ? 'agreement' : 'agreements'}`,
    keptRateChartCaption: 'Kept rate over time (cumulative up to each review)',
    repairAction: 'repair action',
    none: 'No agreements were made in this period.',
  },
  sessions: {
    date: 'Date',
    session: 'Session',
    summary: 'Shareable summary',
    kind: { intake: 'Intake', regular: 'Session', evaluation: 'Evaluation', checkIn: 'Check-in', closing: 'Closing session' },
    status: { planned: 'Planned', held: 'Held', cancelled: 'Cancelled', noShow: 'No-show' },
    joint: 'Joint session',
    individual: (name) => `Individual session with ${name}`,
    minutes: (n) => `${n} min`,
    noSummary: 'No shareable summary.',
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
  },
  closing: { remark: 'Closing remark', nextSteps: 'Next steps' },
  chartAlternative: 'The numbers in the chart',
  audiences: { together: (names) => `${names} together`, team: 'The team' },
};

export function reportStrings(language: ReportLanguage): ReportStrings {
  return language === 'nl' ? nl : en;
}
