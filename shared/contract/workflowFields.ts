import { z } from 'zod';
import { agreementOutcomes } from '../domain/agreement';
import { isRealLocalDateTime } from '../domain/calendar';
import { goalStatuses, repairPlanStatuses, trustFactors } from '../domain/goal';
import { noteTemplateKeys, sessionKinds, sessionStatuses } from '../domain/session';
import { participantRoles, trajectoryKinds, trajectoryStatuses } from '../domain/trajectory';
import { id } from './fields';

/** Field building blocks of the practice workflow: trajectories, sessions, agreements, goals. */
/** Sessions, due dates and trajectory dates fall in this century: a session in 1900 is a typing error. */
const plausibleYear = (value: string) => value >= '2000' && value < '2100';
export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date')
  .refine(isRealLocalDateTime, { message: 'date', abort: true })
  .refine(plausibleYear, 'date_out_of_range');
/** A session start as the practitioner agreed it: local wall-clock time, minutes precision. */
export const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'local_date_time')
  .refine(isRealLocalDateTime, { message: 'local_date_time', abort: true })
  .refine(plausibleYear, 'date_out_of_range');

export const trajectoryKind = z.enum(trajectoryKinds);
export const trajectoryStatus = z.enum(trajectoryStatuses);
export const participantRole = z.enum(participantRoles);
export const sessionKind = z.enum(sessionKinds);
export const sessionStatus = z.enum(sessionStatuses);
export const noteTemplateKey = z.enum(noteTemplateKeys);
export const agreementOutcome = z.enum(agreementOutcomes);
export const trustFactor = z.enum(trustFactors);
export const goalStatus = z.enum(goalStatuses);
export const repairPlanStatus = z.enum(repairPlanStatuses);

export const agreementOwner = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('participant'), participantId: id }).strict(),
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('practitioner') }).strict(),
]);

export const agreementDue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: localDate }).strict(),
  z.object({ kind: z.literal('next_session') }).strict(),
]);

export const audience = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('joint') }).strict(),
  z.object({ kind: z.literal('participant'), participantId: id }).strict(),
]);

export const period = z
  .object({ from: localDate.optional(), to: localDate.optional() })
  .strict()
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: 'period_reversed', path: ['to'] });

export const retention = z.discriminatedUnion('profile', [
  z.object({ profile: z.literal('wgbo') }).strict(),
  z.object({ profile: z.literal('custom'), years: z.number().int().min(1).max(100) }).strict(),
]);

/** Scale ends and ratings: whole numbers for the ends, any finite value (7,5) in between. */
export const scaleEnd = z.number().int().min(-1000).max(1000);
export const scaleValue = z.number().finite().min(-1000).max(1000);
export const ids = (max = 200) => z.array(id).max(max);
