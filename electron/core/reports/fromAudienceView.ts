import type { AudienceView, Practice } from '../../../shared/contract';
import type { GroupFigures } from '../../../shared/contract/groupFigures';
import type { ScoreSeries } from '../../../shared/contract/questionnaires';
import type { AgreementOwner } from '../../../shared/domain/agreement';
import { withoutEmptyHeadings } from '../../../shared/domain/emptyHeadings';
import { recentAgreements, recentSessions } from './concise';
import { templateHeadings } from '../notes/templateHeadings';
import type {
  AgreementOutcome,
  AgreementsSection,
  ReportAgreement,
  ReportRepairPlan,
  ReportContent,
  ReportGoal,
  ReportLanguage,
  ReportPractice,
  ReportQuestionnaire,
  ReportSession,
  SessionKind,
  SessionStatus,
  TrustFactor,
} from './content';
import { reportFormat } from './format';
import { reportStrings, type ReportStrings } from './strings';

/** What the practitioner chose in the export dialog, plus the practice profile. */
export interface ReportChoices {
  language: ReportLanguage;
  /** From the core clock: the day on the cover and in the metadata. */
  createdAt: Date;
  /** Everything, instead of the concise report (changes, counts, the open and the recent). */
  full: boolean;
  practice: Practice;
  logo?: ReportPractice['logo'];
  sections: {
    cover: boolean;
    summary: boolean;
    goals: boolean;
    agreements: boolean;
    repairPlans?: boolean;
    sessions: boolean;
    questionnaires: boolean;
    closing: boolean;
  };
  /** Written for this report; shareable by definition. */
  intro?: string;
  closing?: { remark: string; nextSteps: string[] };
}

const trustFactors: Record<AudienceView['goals'][number]['trustFactor'], TrustFactor> = {
  consistency: 'consistency',
  open_communication: 'openCommunication',
  responsibility: 'responsibility',
  transparency: 'transparency',
  emotional_safety: 'emotionalSafety',
  other: 'other',
};
const outcomes = { kept: 'kept', partly_kept: 'partlyKept', not_kept: 'notKept', renegotiated: 'renegotiated', dropped: 'dropped' } as const satisfies Record<string, AgreementOutcome>;
const sessionKinds = { intake: 'intake', regular: 'regular', evaluation: 'evaluation', check_in: 'checkIn', closing: 'closing' } as const satisfies Record<string, SessionKind>;
const sessionStatuses = { planned: 'planned', held: 'held', cancelled: 'cancelled', no_show: 'noShow' } as const satisfies Record<string, SessionStatus>;

/**
 * The report content for one audience, built from the audience view and nothing else (plus the
 * questionnaire scores that the same audience may see). Private notes are not in the view, so
 * they cannot reach the report.
 */
export function fromAudienceView(
  view: AudienceView,
  scores: ScoreSeries | null,
  choices: ReportChoices,
  groups: GroupFigures | null = null,
): ReportContent {
  const t = reportStrings(choices.language, choices.practice.clientAddress);
  const f = reportFormat(choices.language);
  const names = new Map(view.participants.map((p) => [p.id, p.displayName]));
  const people = view.participants.filter((p) => p.role !== 'sponsor').map((p) => p.displayName);
  const name = (id: number) => names.get(id) ?? '';
  const today = localDate(choices.createdAt);
  const firstSession = view.sessions.map((s) => s.startsAt.slice(0, 10)).sort()[0];
  const period = {
    from: view.period.from ?? view.trajectory.startDate ?? firstSession ?? today,
    to: view.period.to ?? today,
  };
  const audienceLabel =
    view.audience.kind === 'participant' ? name(view.audience.participantId) : people.length > 0 ? f.list(people) : view.trajectory.title;

  const ownerLabel = (owner: AgreementOwner): string => {
    if (owner.kind === 'participant') return name(owner.participantId);
    if (owner.kind === 'practitioner') return choices.practice.practitionerName || t.practitioner;
    if (view.trajectory.kind === 'couple') return t.agreements.bothPartners;
    return view.trajectory.kind === 'team' ? t.agreements.wholeTeam : f.list(people);
  };

  const goals: ReportGoal[] = view.goals.map((g) => ({
    id: String(g.id),
    title: g.title,
    trustFactor: trustFactors[g.trustFactor],
    scale: g.scale,
    baseline: g.baseline,
    target: g.target,
    status: g.status,
    ...(g.description ? { description: g.description } : {}),
    series: g.series.map((s) => ({
      participant: name(s.participantId),
      ratings: s.points.map((p) => ({ date: p.startsAt.slice(0, 10), value: p.value })),
    })),
  }));

  const sessions: ReportSession[] = view.sessions.map((s) => ({
    id: String(s.id),
    date: s.startsAt.slice(0, 10),
    time: s.startsAt.slice(11, 16),
    durationMinutes: s.durationMinutes,
    kind: sessionKinds[s.kind],
    status: sessionStatuses[s.status],
    attendees: s.attendeeIds.map(name).filter(Boolean),
    ...summaryOf(s.summary),
  }));

  const { sections: chosen } = choices;
  return {
    language: choices.language,
    address: choices.practice.clientAddress,
    practice: toReportPractice(choices.practice, choices.logo),
    audienceLabel,
    trajectory: {
      title: view.trajectory.title,
      kind: view.trajectory.kind,
      startedOn: view.trajectory.startDate ?? firstSession ?? period.from,
      participants: people,
    },
    period,
    createdAt: choices.createdAt,
    detail: choices.full ? 'full' : 'concise',
    sections: {
      ...(chosen.cover ? { cover: true } : {}),
      ...(chosen.summary
        ? {
            summary: {
              ...(choices.intro?.trim() ? { intro: choices.intro } : {}),
              sessionsHeld: view.sessions.filter((s) => s.status === 'held').length,
              sessionsCancelled: view.sessions.filter((s) => s.status === 'cancelled').length,
              goalTitles: view.goals.map((g) => g.title),
            },
          }
        : {}),
      ...(chosen.goals ? { goals } : {}),
      ...(chosen.agreements ? { agreements: agreementsSection(view, choices.full, period.to, ownerLabel) } : {}),
      ...(chosen.repairPlans !== false && view.repairPlans.length > 0 ? { repairPlans: repairPlansOf(view, ownerLabel) } : {}),
      ...(chosen.sessions ? sessionsSection(sessions, choices.full) : {}),
      ...(chosen.questionnaires && scores
        ? { questionnaires: [...questionnairesFor(view, scores, choices.language, t, period), ...groupQuestionnaires(groups, choices.language, t, period)] }
        : {}),
      // A closing section without words or steps would be a heading over nothing.
      ...(chosen.closing && choices.closing && (choices.closing.remark.trim() || choices.closing.nextSteps.length > 0) ? { closing: choices.closing } : {}),
    },
  };
}

const planStatuses = { open: 'open', in_progress: 'inProgress', completed: 'completed' } as const;

/** Each repair plan with the actions and goals this audience may see; what happened is not in the view at all. */
function repairPlansOf(view: AudienceView, ownerLabel: (owner: AgreementOwner) => string): ReportRepairPlan[] {
  const agreements = new Map(view.agreements.map((a) => [a.id, a]));
  const goals = new Map(view.goals.map((g) => [g.id, g.title]));
  return view.repairPlans.map((plan) => ({
    title: plan.title,
    acknowledgedOn: plan.acknowledgedOn,
    status: planStatuses[plan.status],
    actions: plan.agreementIds.flatMap((id) => {
      const a = agreements.get(id);
      if (!a) return [];
      return [
        {
          id: String(a.id),
          description: a.text,
          owner: ownerLabel(a.owner),
          madeOn: a.madeOn,
          ...(a.review?.reviewedOn ? { reviewedOn: a.review.reviewedOn } : {}),
          outcome: a.review ? outcomes[a.review.outcome] : null,
        },
      ];
    }),
    goals: plan.goalIds.flatMap((id) => (goals.has(id) ? [goals.get(id)!] : [])),
  }));
}

/** The shareable summary without the template headings that have nothing under them. */
function summaryOf(text: string): { summary?: string } {
  const summary = withoutEmptyHeadings(text, templateHeadings());
  return summary ? { summary } : {};
}

function sessionsSection(sessions: ReportSession[], full: boolean): Pick<ReportContent['sections'], 'sessions' | 'sessionsLeftOut'> {
  if (full) return { sessions };
  const { shown, leftOut } = recentSessions(sessions);
  return { sessions: shown, ...(leftOut > 0 ? { sessionsLeftOut: leftOut } : {}) };
}

/** Every agreement (full), or the open and recently reviewed ones (concise); always the counts and rates per owner. */
function agreementsSection(view: AudienceView, full: boolean, periodEnd: string, ownerLabel: (owner: AgreementOwner) => string): AgreementsSection {
  const items: ReportAgreement[] = view.agreements.map((a) => ({
    id: String(a.id),
    description: a.text,
    owner: ownerLabel(a.owner),
    madeOn: a.madeOn,
    ...(a.due.kind === 'date' ? { dueOn: a.due.date } : { dueNextSession: true }),
    ...(a.review?.reviewedOn ? { reviewedOn: a.review.reviewedOn } : {}),
    outcome: a.review ? outcomes[a.review.outcome] : null,
    ...(a.review?.note.trim() ? { outcomeNote: a.review.note } : {}),
    ...(a.repairPlanIds.length > 0 ? { repairAction: true } : {}),
  }));
  const shown = full ? items : recentAgreements(items, periodEnd);
  const overall = view.keptRate.overall;
  const madeBy = new Map<string, number>();
  for (const a of view.agreements) madeBy.set(ownerLabel(a.owner), (madeBy.get(ownerLabel(a.owner)) ?? 0) + 1);
  const byOwner = view.keptRate.byOwner
    .filter((series) => series.owner !== null)
    .map((series) => ({ owner: ownerLabel(series.owner!), made: madeBy.get(ownerLabel(series.owner!)) ?? 0, reviewed: series.reviewed, rate: series.rate }))
    .filter((o) => o.made > 0 || o.reviewed > 0);
  return {
    items: shown,
    leftOut: items.length - shown.length,
    byOwner,
    keptRate: {
      rate: overall.rate,
      reviewed: overall.reviewed,
      points: overall.points.flatMap((p) => (p.cumulativeRate === null ? [] : [{ date: p.date, rate: p.cumulativeRate }])),
    },
  };
}

function toReportPractice(practice: Practice, logo: ReportPractice['logo']): ReportPractice {
  return {
    name: practice.name,
    practitionerName: practice.practitionerName,
    practitionerTitle: practice.practitionerTitle,
    registrations: practice.registrations,
    email: practice.email,
    phone: practice.phone,
    website: practice.website,
    address: practice.address,
    reportFooter: practice.reportFooter,
    ...(logo ? { logo } : {}),
  };
}

/**
 * Questionnaire scores per instrument, one line per respondent. Only respondents in the view,
 * and for a one-person audience only that person, even if the scores passed in held more.
 */
function questionnairesFor(
  view: AudienceView,
  scores: ScoreSeries,
  language: ReportLanguage,
  t: ReportStrings,
  period: { from: string; to: string },
): ReportQuestionnaire[] {
  const allowed = (id: number) =>
    view.participants.some((p) => p.id === id) && (view.audience.kind === 'joint' || view.audience.participantId === id);
  const localized = (text: { nl: string; en: string }) => text[language] || text[language === 'nl' ? 'en' : 'nl'];
  const byKey = new Map<string, ReportQuestionnaire>();
  for (const respondent of scores.respondents.filter((r) => allowed(r.participantId))) {
    const respondentName = view.participants.find((p) => p.id === respondent.participantId)!.displayName;
    for (const instrument of respondent.instruments) {
      let questionnaire = byKey.get(instrument.key);
      if (!questionnaire) {
        questionnaire = {
          id: instrument.key,
          title: localized(instrument.title),
          scoreLabel: instrument.method === 'mean' ? t.questionnaires.meanScore : t.questionnaires.totalScore,
          scale: instrument.range,
          bands: instrument.bands.map((b) => ({ from: b.from, to: b.to, label: localized(b.label), severity: b.severity })),
          series: [],
        };
        byKey.set(instrument.key, questionnaire);
      }
      const points = instrument.points
        .filter((p) => p.total !== null && p.startsAt.slice(0, 10) >= period.from && p.startsAt.slice(0, 10) <= period.to)
        .map((p) => ({ date: p.startsAt.slice(0, 10), value: p.total! }));
      if (points.length > 0) questionnaire.series.push({ respondent: respondentName, scores: points });
    }
  }
  return [...byKey.values()].filter((q) => q.series.length > 0);
}

/**
 * A team's anonymous questionnaires: one line, the group mean per round that had enough answers,
 * and a note saying so. Group figures carry no names, so none can reach the page.
 */
function groupQuestionnaires(
  groups: GroupFigures | null,
  language: ReportLanguage,
  t: ReportStrings,
  period: { from: string; to: string },
): ReportQuestionnaire[] {
  if (!groups) return [];
  const f = reportFormat(language);
  const localized = (text: { nl: string; en: string }) => text[language] || text[language === 'nl' ? 'en' : 'nl'];
  return groups.instruments.flatMap((instrument) => {
    const rounds = instrument.rounds.filter((r) => r.date >= period.from && r.date <= period.to);
    if (rounds.length === 0) return [];
    const shown = rounds.filter((r) => r.figures !== null);
    const tooFew = rounds.filter((r) => r.figures === null).map((r) => f.date(r.date));
    const latest = shown.at(-1)?.figures;
    const notes = [
      t.questionnaires.groupNote(groups.threshold),
      ...(latest
        ? [
            t.questionnaires.groupLatest({
              count: shown.at(-1)!.respondentCount,
              mean: f.number(latest.mean),
              spread: f.number(latest.spread),
              lowest: f.number(latest.lowest),
              highest: f.number(latest.highest),
            }),
          ]
        : []),
      ...(tooFew.length > 0 ? [t.questionnaires.tooFewResponses(f.list(tooFew))] : []),
    ];
    return [
      {
        id: `group-${instrument.key}`,
        title: localized(instrument.title),
        scoreLabel: instrument.method === 'mean' ? t.questionnaires.meanScore : t.questionnaires.totalScore,
        scale: instrument.range,
        bands: [],
        series: shown.length > 0 ? [{ respondent: t.questionnaires.groupMean, scores: shown.map((r) => ({ date: r.date, value: r.figures!.mean })) }] : [],
        note: notes.join(' '),
      },
    ];
  });
}

/** The calendar day of an instant on this computer, as 'YYYY-MM-DD'. */
function localDate(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}
