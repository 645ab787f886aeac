import type { DemoPractice } from '../../../shared/contract/demo';
import { AppError } from '../../../shared/errors';
import type { Dispatch } from '../dispatch';
import type { CoreContext } from '../context';
import { seedCoaching } from './coaching';
import { seedCouple } from './couple';
import { seedLongCouple } from './longCouple';
import { typedCall } from './runner';
import { seedTeam } from './team';

/** A living practice in one step: a couple in repair, a coaching client, and a team (and on request a long couple). Only into an empty vault. */
export async function seedDemo(dispatch: Dispatch, ctx: CoreContext, options: { long: boolean } = { long: false }): Promise<DemoPractice> {
  const db = ctx.vault.db();
  const clients = db.prepare('SELECT count(*) FROM client').pluck().get() as number;
  if (clients > 0) throw new AppError('CONFLICT', 'The demo practice only goes into an empty vault.');
  const call = typedCall(dispatch);
  const today = ctx.clock.now();
  await call('practice.update', {
    name: 'Praktijk De Brug',
    practitionerName: 'Ingrid van Leeuwen',
    practitionerTitle: 'Relatietherapeut en coach',
    registrations: { big: '19012345625', kvk: '81234567', nobco: 'NOBCO-2291' },
    email: 'praktijk@debrug-voorbeeld.nl',
    phone: '030 123 45 67',
    website: 'www.debrug-voorbeeld.nl',
    address: 'Oudegracht 212, 3511 NS Utrecht',
  });
  const couple = await seedCouple(call, today);
  const coaching = await seedCoaching(call, today);
  const team = await seedTeam(call, today);
  const long = options.long ? await seedLongCouple(call, today) : null;
  return {
    clients: 3 + team.clients + (long ? 2 : 0),
    trajectories: 3 + (long ? 1 : 0),
    sessions: couple.sessions + coaching.sessions + team.sessions + (long?.sessions ?? 0),
  };
}
