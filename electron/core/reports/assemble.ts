import type { Audience, Period } from '../../../shared/domain/audience';
import { audienceView } from '../audience/view';
import type { Db } from '../db/open';
import { readPractice } from '../practice/repository';
import { groupFiguresFor, scoreSeriesFor } from '../questionnaires/audience';
import type { ReportContent } from './content';
import { fromAudienceView, type ReportChoices } from './fromAudienceView';

export interface ReportRequest extends Omit<ReportChoices, 'practice'> {
  trajectoryId: number;
  audience: Audience;
  period?: Period;
}

/** Everything a report shows, read through the audience view for the report's audience only. */
export function reportContentFor(db: Db, request: ReportRequest): ReportContent {
  const { trajectoryId, audience, period, ...choices } = request;
  const view = audienceView(db, trajectoryId, audience, period ?? {});
  const scores = choices.sections.questionnaires ? scoreSeriesFor(db, trajectoryId, audience) : null;
  const groups = choices.sections.questionnaires ? groupFiguresFor(db, trajectoryId) : null;
  return fromAudienceView(view, scores, { ...choices, practice: readPractice(db) }, groups);
}
