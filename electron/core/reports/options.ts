import type { ReportAudienceOption, ReportOptions } from '../../../shared/contract/reports';
import type { Audience } from '../../../shared/domain/audience';
import { localDate } from '../../../shared/domain/calendar';
import type { Db } from '../db/open';
import { sessionsOfTrajectory } from '../sessions/repository';
import { getTrajectory } from '../trajectories/repository';
import { audienceView } from '../audience/view';
import { readPractice } from '../practice/repository';
import { scoreSeriesFor } from '../questionnaires/audience';
import { recentStartSession } from './period';
import type { ReportLanguage } from './content';
import { loadReportFonts } from './fonts';
import { reportFormat } from './format';
import { readersLanguage, reportReaders } from './language';
import { findUnprintable } from './printable';
import { reportStrings } from './strings';

/** Who a report of this trajectory can be for, labelled in the report builder's language. */
export function audienceOptions(db: Db, trajectoryId: number, language: ReportLanguage): ReportAudienceOption[] {
  const trajectory = getTrajectory(db, trajectoryId, 'trajectoryId');
  const t = reportStrings(language);
  const readers = reportReaders(trajectory.participants);
  const joint: Audience = { kind: 'joint' };
  if (trajectory.kind === 'individual') {
    return [{ audience: joint, label: readers.map((p) => p.displayName).join(', ') || trajectory.title, language: readersLanguage(db, trajectoryId, joint) }];
  }
  const jointLabel =
    trajectory.kind === 'team'
      ? t.audiences.team
      : t.audiences.together(reportFormat(language).list(readers.map((p) => p.preferredName || p.firstName)));
  return [
    { audience: joint, label: jointLabel, language: readersLanguage(db, trajectoryId, joint) },
    ...readers.map((p) => {
      const audience: Audience = { kind: 'participant', participantId: p.id };
      return { audience, label: p.displayName, language: readersLanguage(db, trajectoryId, audience) };
    }),
  ];
}

/**
 * Everything the report builder needs before the first preview: the audiences, the held sessions
 * to choose the period from, the language to start in, and the characters the report fonts cannot
 * draw in any text a report of this trajectory would print (they come out as [?]).
 */
export function reportOptions(db: Db, trajectoryId: number, language: ReportLanguage, now: Date): ReportOptions {
  const audiences = audienceOptions(db, trajectoryId, language);
  const sessions = sessionsOfTrajectory(db, trajectoryId)
    .filter((s) => s.status === 'held')
    .map((s) => ({ id: s.id, startsAt: s.startsAt, kind: s.kind, individualFor: s.individualFor }));

  // Every text any of these readers' reports could print, read through each reader's audience view
  // (what the report is built from, without building the report itself); each text scanned once.
  const { coverage } = loadReportFonts();
  const texts = new Set<string>(textsOf(readPractice(db)));
  for (const { audience } of audiences) {
    for (const text of textsOf(audienceView(db, trajectoryId, audience, { to: localDate(now) }))) texts.add(text);
    for (const text of textsOf(scoreSeriesFor(db, trajectoryId, audience))) texts.add(text);
  }
  const unprintable = new Set<string>();
  for (const text of texts) for (const found of findUnprintable(text, coverage)) unprintable.add(found);
  return {
    audiences,
    sessions,
    recentFromSessionId: recentStartSession(db, trajectoryId, localDate(now))?.id ?? null,
    defaultLanguage: audiences[0]?.language ?? 'nl',
    unprintable: [...unprintable],
  };
}

/** Every piece of text in a value (the report content): what the PDF would print. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object' && !(value instanceof Date) && !ArrayBuffer.isView(value)) {
    return Object.values(value).flatMap(textsOf);
  }
  return [];
}
