import type { ReportAudienceOption, ReportOptions } from '../../../shared/contract/reports';
import type { Audience } from '../../../shared/domain/audience';
import { localDate } from '../../../shared/domain/calendar';
import type { Db } from '../db/open';
import { getTrajectory } from '../trajectories/repository';
import { readFacts, viewOf } from '../audience/view';
import { readPractice } from '../practice/repository';
import { scoreSeriesForEach } from '../questionnaires/audience';
import { recentStartOf } from './period';
import type { ReportLanguage } from './content';
import { loadReportFonts } from './fonts';
import { reportFormat } from './format';
import { readersLanguageOf, reportReaders } from './language';
import { findUnprintable } from './printable';
import { reportStrings } from './strings';

/** Who a report of this trajectory can be for, labelled in the report builder's language. */
export function audienceOptions(db: Db, trajectoryId: number, language: ReportLanguage): ReportAudienceOption[] {
  const trajectory = getTrajectory(db, trajectoryId, 'trajectoryId');
  const t = reportStrings(language);
  const readers = reportReaders(trajectory.participants);
  const joint: Audience = { kind: 'joint' };
  if (trajectory.kind === 'individual') {
    return [{ audience: joint, label: readers.map((p) => p.displayName).join(', ') || trajectory.title, language: readersLanguageOf(db, trajectory, joint) }];
  }
  const jointLabel =
    trajectory.kind === 'team'
      ? t.audiences.team
      : t.audiences.together(reportFormat(language).list(readers.map((p) => p.preferredName || p.firstName)));
  return [
    { audience: joint, label: jointLabel, language: readersLanguageOf(db, trajectory, joint) },
    ...readers.map((p) => {
      const audience: Audience = { kind: 'participant', participantId: p.id };
      return { audience, label: p.displayName, language: readersLanguageOf(db, trajectory, audience) };
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
  const readers = audiences.map((a) => a.audience);
  const facts = readFacts(db, trajectoryId);
  const views = readers.map((audience) => viewOf(facts, audience, { to: localDate(now) }));
  const sessions = facts.sessions
    .filter((s) => s.status === 'held')
    .map((s) => ({ id: s.id, startsAt: s.startsAt, kind: s.kind, individualFor: s.individualFor }));

  // Every text any of these readers' reports could print, read through each reader's audience view
  // (what the report is built from, without building the report itself); each text scanned once.
  const { coverage } = loadReportFonts();
  const texts = new Set<string>();
  collectTexts(readPractice(db), texts);
  for (const view of views) collectTexts(view, texts);
  for (const series of scoreSeriesForEach(db, trajectoryId, readers)) collectTexts(series, texts);
  const unprintable = new Set<string>();
  for (const text of texts) for (const found of findUnprintable(text, coverage)) unprintable.add(found);
  return {
    audiences,
    sessions,
    recentFromSessionId: recentStartOf(facts.sessions, localDate(now))?.id ?? null,
    defaultLanguage: audiences[0]?.language ?? 'nl',
    unprintable: [...unprintable],
  };
}

/** Every piece of text in a value (the report content), added to `into`: what the PDF would print. */
function collectTexts(value: unknown, into: Set<string>): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') into.add(item);
    else if (Array.isArray(item)) for (const element of item) stack.push(element);
    else if (item && typeof item === 'object' && !(item instanceof Date) && !ArrayBuffer.isView(item)) {
      for (const element of Object.values(item)) stack.push(element);
    }
  }
}
