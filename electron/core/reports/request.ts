import type { z } from 'zod';
import { reportSectionKeys, type reportRequest, type ReportSectionKey } from '../../../shared/contract/reports';
import { localDate } from '../../../shared/domain/calendar';
import type { Db } from '../db/open';
import { trajectoryRow } from '../trajectories/repository';
import { reportContentFor } from './assemble';
import type { ReportContent } from './content';
import { readersLanguage } from './language';
import { periodOfSessions } from './period';

/** What the report builder sends, after validation. */
export type ReportRequestInput = z.output<typeof reportRequest>;

/** The sections the practitioner chose, in the order the report prints them. */
export function chosenSections(input: ReportRequestInput): ReportSectionKey[] {
  return reportSectionKeys.filter((key) => input.sections[key]);
}

/** The report content for a request, read through the audience view of the requested audience only. */
export function contentForRequest(db: Db, input: ReportRequestInput, createdAt: Date): ReportContent {
  trajectoryRow(db, input.trajectoryId, 'trajectoryId');
  const period = periodOfSessions(db, input.trajectoryId, input, localDate(createdAt));
  const nextSteps = input.nextSteps.filter((step) => step.trim() !== '');
  return reportContentFor(db, {
    trajectoryId: input.trajectoryId,
    audience: input.audience,
    period,
    language: input.language ?? readersLanguage(db, input.trajectoryId, input.audience),
    createdAt,
    full: input.full,
    sections: input.sections,
    intro: input.intro,
    closing: { remark: input.closingRemark, nextSteps },
  });
}
