// Fills a migrated database with a large, deterministic practice, straight through SQL with
// prepared statements in big transactions (the API would take far too long for a million rows).
import type { Db } from '../../electron/core/db/open';
import { completeAnswers } from '../../electron/core/questionnaires/answers';
import { scoreQuestionnaire } from '../../electron/core/questionnaires/scoring';
import { foldForSearch } from '../../electron/core/text/fold';
import { surnameSortKey } from '../../electron/core/text/surname';
import { findBuiltin } from '../../shared/questionnaires/builtin';
import { addDays, localDate } from '../../shared/domain/calendar';
import { picker } from './random';
import { firstNames, surname, words } from './vocabulary';

/** A couple trajectory with this many sessions, mostly held, for report-sized cases. */
export const reportTrajectoryId = 1;
const reportSessions = 100;

/** The big practice; `scale` 0.1 gives the same practice at a tenth of the size, for the 10× figures. */
export function practiceCounts(scale = 1) {
  const of = (n: number) => Math.round(n * scale);
  return { clients: of(2_000), trajectories: of(6_000), sessions: of(100_000), agreements: of(300_000), ratings: of(1_000_000) };
}

/** Trajectories running now, at any size of the practice. */
const caseload = 80;

/** What a practitioner calls a trajectory: the work and the people, as they would type it into search. */
const themes = {
  individual: ['Leiderschapscoaching', 'Loopbaancoaching', 'Burn-outpreventie', 'Vertrouwen na reorganisatie', 'Persoonlijk leiderschap'],
  couple: ['Relatietherapie', 'Herstel na ontrouw', 'Communicatie als stel', 'Vertrouwen herstellen', 'Ouderschap en relatie'],
  team: ['Teamcoaching', 'Samenwerking', 'Psychologische veiligheid', 'Teamontwikkeling', 'Leiderschapsteam'],
} as const;

const outcomes = ['kept', 'kept', 'kept', 'kept', 'kept', 'partly_kept', 'partly_kept', 'not_kept', 'not_kept', 'renegotiated', 'dropped'] as const;
const factors = ['consistency', 'open_communication', 'responsibility', 'transparency', 'emotional_safety', 'other'] as const;
const sessionKinds = ['regular', 'regular', 'regular', 'check_in', 'evaluation'] as const;

function at(date: string, hour: number, minute: number): string {
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export function generatePractice(db: Db, now: Date, scale = 1, log: (line: string) => void = () => {}): void {
  const counts = practiceCounts(scale);
  const pick = picker(20261125);
  const checkIn = findBuiltin('trust-check-in')!;
  const today = localDate(now);
  const stamp = now.toISOString();
  const q = {
    client: db.prepare(
      `INSERT INTO client (first_name, last_name, email, search_text, sort_name, archived_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    trajectory: db.prepare(
      `INSERT INTO trajectory (kind, title, search_title, status, start_date, end_date, check_in_weeks, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    participant: db.prepare(`INSERT INTO participant (trajectory_id, client_id, role, joined_at) VALUES (?, ?, ?, ?)`),
    session: db.prepare(
      `INSERT INTO session (trajectory_id, starts_at, duration_minutes, kind, status, finalised_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    attendee: db.prepare(`INSERT INTO session_attendee (session_id, participant_id) VALUES (?, ?)`),
    note: db.prepare(`INSERT INTO session_note (session_id, template_key, summary, private_notes, updated_at) VALUES (?, 'regular', ?, ?, ?)`),
    noteVersion: db.prepare(
      `INSERT INTO session_note_version (session_id, version, kind, summary, private_notes, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    response: db.prepare(
      `INSERT INTO questionnaire_response (trajectory_id, session_id, participant_id, questionnaire_key, questionnaire_version, answers, scores, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    goal: db.prepare(
      `INSERT INTO goal (trajectory_id, title, trust_factor, baseline, target, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    rating: db.prepare(`INSERT INTO rating (goal_id, session_id, participant_id, value, note, rated_at) VALUES (?, ?, ?, ?, '', ?)`),
    agreement: db.prepare(
      `INSERT INTO agreement (trajectory_id, made_in_session_id, made_at, owner_kind, owner_participant_id, text, due_kind,
         due_date, reviewed_in_session_id, outcome, review_note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    plan: db.prepare(`INSERT INTO repair_plan (trajectory_id, title, what_happened, status, created_at, updated_at) VALUES (?, ?, ?, 'in_progress', ?, ?)`),
    action: db.prepare(`INSERT INTO repair_action (repair_plan_id, agreement_id, position) VALUES (?, ?, ?)`),
  };

  const clientNames: { first: string; last: string }[] = [];
  db.transaction(() => {
    for (let i = 0; i < counts.clients; i++) {
      const first = pick.one(firstNames);
      const last = surname(pick.random);
      const email = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + `${i}@example.nl`;
      clientNames.push({ first, last });
      // As the app writes them: search text folded, the sort key without "de"/"van", one in twenty archived.
      q.client.run(first, last, email, foldForSearch(`${first} ${last} ${email}`), surnameSortKey(last), pick.chance(0.05) ? stamp : null, stamp, stamp);
    }
  })();
  log(`clients ${counts.clients}`);

  // Sessions per trajectory: 5..28, scaled so the total is exactly counts.sessions. Trajectory 1 is
  // a couple with 100 sessions: report-sized material (reportTrajectoryId).
  const perTrajectory = Array.from({ length: counts.trajectories }, (_, i) => (i === 0 ? reportSessions : pick.int(5, 28)));
  // Stretched so the total is exactly counts.sessions, the rounding spread one session at a time over
  // the ordinary trajectories (never heaped on one: a trajectory of a thousand sessions hides a cost).
  const stretch = (counts.sessions - reportSessions) / (perTrajectory.reduce((a, b) => a + b, 0) - reportSessions);
  const sessionCounts = perTrajectory.map((n, i) => (i === 0 ? n : Math.max(1, Math.round(n * stretch))));
  for (let left = counts.sessions - sessionCounts.reduce((a, b) => a + b, 0), i = 1; left !== 0; i = (i % (counts.trajectories - 1)) + 1) {
    if (left < 0 && sessionCounts[i]! === 1) continue;
    sessionCounts[i]! += Math.sign(left);
    left -= Math.sign(left);
  }
  const ratingChance = 0.92;
  let agreementsMade = 0;
  let ratingsMade = 0;

  const batch = 300;
  for (let start = 0; start < counts.trajectories; start += batch) {
    db.transaction(() => {
      for (let t = start; t < Math.min(start + batch, counts.trajectories); t++) {
        const report = t === 0;
        const kind = report ? 'couple' : pick.chance(0.5) ? 'individual' : pick.chance(0.8) ? 'couple' : 'team';
        const n = sessionCounts[t]!;
        const interval = report ? 14 : pick.int(7, 21);
        // A practitioner's caseload: the same number of trajectories runs now whatever the size of the
        // archive; the others ended somewhere in the last ten years. A practice with ten times the
        // history is not one with ten times the clients this week.
        const live = report || t % Math.max(1, Math.floor(counts.trajectories / caseload)) === 0;
        const endOffset = report ? 7 : live ? pick.int(-10, 60) : -pick.int(20, 3650 - n * interval);
        const first = addDays(today, endOffset - (n - 1) * interval);
        const last = addDays(first, (n - 1) * interval);
        const status = last < addDays(today, -14) ? 'closed' : first > today ? 'intake' : pick.chance(0.1) ? 'paused' : 'active';
        const checkInWeeks = pick.chance(0.3) ? pick.int(2, 8) : null;
        const size = kind === 'individual' ? 1 : kind === 'couple' ? 2 : pick.int(3, 5);
        const clients = new Set<number>();
        while (clients.size < size) clients.add(pick.int(1, counts.clients));
        const named = [...clients].map((c) => clientNames[c - 1]!);
        const title =
          kind === 'individual'
            ? `${pick.one(themes.individual)} ${named[0]!.first} ${named[0]!.last}`
            : kind === 'couple'
              ? `${pick.one(themes.couple)} ${named[0]!.last} & ${named[1]!.last}`
              : `${pick.one(themes.team)} ${pick.one(['afdeling', 'team', 'unit'])} ${pick.one(words)}`;
        const trajectoryId = Number(
          q.trajectory.run(kind, title, foldForSearch(title), status, first, status === 'closed' ? last : null,
            checkInWeeks, stamp, status === 'closed' ? `${last}T12:00:00.000Z` : stamp).lastInsertRowid,
        );
        const role = kind === 'individual' ? 'client' : kind === 'couple' ? 'partner' : 'team_member';
        const participants = [...clients].map((c) => Number(q.participant.run(trajectoryId, c, role, stamp).lastInsertRowid));
        const goals = Array.from({ length: pick.int(6, 10) }, () =>
          Number(q.goal.run(trajectoryId, pick.sentence(words, 2, 5), pick.one(factors), pick.int(2, 5), pick.int(7, 9), stamp, stamp).lastInsertRowid),
        );

        const held: { id: number; date: string; startsAt: string; attendees: number[] }[] = [];
        for (let s = 0; s < n; s++) {
          const date = addDays(first, s * interval);
          const startsAt = at(date, pick.int(8, 19), pick.chance(0.5) ? 0 : 30);
          const past = date < today;
          const sessionStatus = !past ? 'planned' : pick.chance(0.9) ? 'held' : pick.chance(0.5) ? 'cancelled' : 'no_show';
          const sessionKind = s === 0 ? 'intake' : s === n - 1 && status === 'closed' ? 'closing' : pick.one(sessionKinds);
          const id = Number(
            q.session.run(trajectoryId, startsAt, pick.one([45, 60, 60, 90]), sessionKind, sessionStatus,
              sessionStatus === 'held' ? stamp : null, stamp, stamp).lastInsertRowid,
          );
          const alone = kind === 'couple' && pick.chance(0.2);
          const attendees = alone ? [pick.one(participants)] : participants;
          for (const p of attendees) q.attendee.run(id, p);
          if (sessionStatus === 'held') {
            const summary = pick.sentence(words, 20, 40);
            const privateNotes = pick.sentence(words, 15, 30);
            q.note.run(id, summary, privateNotes, stamp);
            // Finalised notes keep their versions; one in ten was amended afterwards.
            q.noteVersion.run(id, 1, 'final', summary, privateNotes, '', stamp);
            if (pick.chance(0.1)) q.noteVersion.run(id, 2, 'amendment', `${summary} ${pick.sentence(words, 3, 8)}`, privateNotes, pick.sentence(words, 4, 8), stamp);
            // A trust check-in every fourth session, by everyone there.
            if (s % 4 === 1) {
              for (const p of attendees) {
                const answers = completeAnswers(checkIn, checkIn.items.map((item) => ({ itemId: item.id, value: pick.int(checkIn.scale.min, checkIn.scale.max) })));
                q.response.run(trajectoryId, id, p, checkIn.key, checkIn.version, JSON.stringify(answers), JSON.stringify(scoreQuestionnaire(checkIn, answers)), stamp, stamp);
              }
            }
            held.push({ id, date, startsAt, attendees });
          }
        }

        for (const goal of goals) {
          for (const session of held) {
            for (const p of session.attendees) {
              if (ratingsMade < counts.ratings && pick.random() < ratingChance) {
                q.rating.run(goal, session.id, p, pick.int(0, 10), stamp);
                ratingsMade++;
              }
            }
          }
        }

        const agreementIds: number[] = [];
        held.forEach((session, h) => {
          const review = held[h + 1];
          for (let k = pick.int(2, 5); k > 0 && agreementsMade < counts.agreements; k--) {
            const owner = pick.random();
            const [ownerKind, ownerId] = owner < 0.6 ? ['participant', pick.one(session.attendees)] : owner < 0.9 ? ['all', null] : ['practitioner', null];
            const byDate = pick.chance(0.3);
            const reviewed = review !== undefined && pick.chance(0.92);
            agreementIds.push(
              Number(
                q.agreement.run(trajectoryId, session.id, session.startsAt, ownerKind, ownerId, pick.sentence(words, 5, 12), byDate ? 'date' : 'next_session',
                  byDate ? addDays(session.date, pick.int(7, 28)) : null, reviewed ? review.id : null, reviewed ? pick.one(outcomes) : null,
                  reviewed && pick.chance(0.3) ? pick.sentence(words, 4, 10) : '', stamp, stamp).lastInsertRowid,
              ),
            );
            agreementsMade++;
          }
        });
        if (kind === 'couple' && agreementIds.length >= 2 && pick.chance(0.1)) {
          const plan = Number(q.plan.run(trajectoryId, 'Herstelplan', pick.sentence(words, 10, 20), stamp, stamp).lastInsertRowid);
          agreementIds.slice(-2).forEach((a, position) => q.action.run(plan, a, position));
        }
      }
    })();
    if ((start / batch) % 4 === 3) log(`trajectories ${start + batch}, agreements ${agreementsMade}, ratings ${ratingsMade}`);
  }
  log(`done: agreements ${agreementsMade}, ratings ${ratingsMade}`);
}
