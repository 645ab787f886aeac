import type { Audience, Period } from '../../../shared/domain/audience';
import { audienceView } from '../audience/view';
import type { Db } from '../db/open';
import { readPractice } from '../practice/repository';
import { groupFiguresFor, scoreSeriesFor } from '../questionnaires/audience';
import type { ReportContent } from './content';
import { feedback360ForReport } from './feedback360Content';
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
  const content = fromAudienceView(view, scores, { ...choices, practice: readPractice(db) }, groups);
  // 360 rounds go with the questionnaires: what people answered about the reader, as figures.
  const feedback360 = choices.sections.questionnaires ? feedback360ForReport(db, trajectoryId, audience, content) : [];
  return feedback360.length > 0 ? { ...content, sections: { ...content.sections, feedback360 } } : content;
}
