import type { Participant, Trajectory } from '../../../shared/contract';
import type { Audience } from '../../../shared/domain/audience';
import { getClient } from '../clients/repository';
import type { Db } from '../db/open';
import { readPractice } from '../practice/repository';
import { getTrajectory } from '../trajectories/repository';
import type { ReportLanguage } from './content';

/** The people a report speaks to: partners, team members or the client; a sponsor reads no report of their own. */
export const reportReaders = (participants: Participant[]) => participants.filter((p) => p.role !== 'sponsor');

/**
 * The language a report starts in: the reader's own for one participant; for the couple or team
 * together the language they share, or the practice's when they do not share one.
 */
export function readersLanguage(db: Db, trajectoryId: number, audience: Audience): ReportLanguage {
  return readersLanguageOf(db, getTrajectory(db, trajectoryId, 'trajectoryId'), audience);
}

/** readersLanguage of a trajectory already read. */
export function readersLanguageOf(db: Db, trajectory: Pick<Trajectory, 'participants'>, audience: Audience): ReportLanguage {
  const readers =
    audience.kind === 'participant'
      ? trajectory.participants.filter((p) => p.id === audience.participantId)
      : reportReaders(trajectory.participants);
  const languages = new Set(readers.map((p) => getClient(db, p.clientId).language));
  return languages.size === 1 ? [...languages][0]! : readPractice(db).language;
}
