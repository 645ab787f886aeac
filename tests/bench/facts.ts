import type { Db } from '../../electron/core/db/open';
import { foldForSearch } from '../../electron/core/text/fold';
import type { BenchFacts } from './cases';
import { reportTrajectoryId } from './generate';

/** What the cases pick from, read from the database itself: every trajectory, a sample of sessions. */
export function factsOf(db: Db): BenchFacts {
  const titleWords = [...new Set((db.prepare(`SELECT title FROM trajectory ORDER BY id LIMIT 400`).pluck().all() as string[]).flatMap((t) => t.split(/\s+/)))]
    .filter((w) => w.length >= 4 && !/\d/.test(w))
    .map((w) => w.slice(0, 6).toLowerCase());
  // Clients of the practice (the first two hundred exist at both sizes).
  const names = db.prepare(`SELECT first_name, last_name FROM client ORDER BY id LIMIT 200`).all() as { first_name: string; last_name: string }[];
  return {
    trajectoryIds: db.prepare(`SELECT id FROM trajectory ORDER BY id`).pluck().all() as number[],
    sessionIds: db.prepare(`SELECT id FROM session WHERE id % 97 = 0 ORDER BY id`).pluck().all() as number[],
    reportTrajectoryId,
    nameFragments: names.flatMap((c) => [c.first_name, c.last_name.split(' ').at(-1)!]).map((name) => foldForSearch(name).slice(0, 5)),
    clientNames: names.map((c) => foldForSearch(`${c.first_name} ${c.last_name.split(' ').at(-1)!.slice(0, 4)}`)),
    titleWords,
    searchQueries: ['vertrouwen', 'vertr', 'partner ruzie', 'Jansen', 'ritueel', 'sa', 'jaloezie appjes', '"samen koken"',
      'Zoë', 'zoe', 'excuses erkenning herstel', 'AND (', 'time-out*', '"open', 'kinderen schoonouders', 'afspr'],
  };
}

