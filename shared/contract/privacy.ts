import { z } from 'zod';
import { method } from './define';
import { empty, id } from './fields';

/** Why a client was erased: the tombstone keeps only this category, never free text. */
export const erasureReasons = ['client_request', 'retention_passed', 'entered_by_mistake', 'other'] as const;
export type ErasureReason = (typeof erasureReasons)[number];

export interface RetentionOfTrajectory {
  trajectoryId: number;
  title: string;
  kind: 'individual' | 'couple' | 'team';
  /** The last day something happened in it (a session, a change, its end date). */
  lastActivity: string;
  /** The day the retention period ends (YYYY-MM-DD). */
  retainUntil: string;
  passed: boolean;
  participants: { clientId: number; name: string }[];
}

export interface ErasureCheck {
  clientId: number;
  name: string;
  /** True when every trajectory of this client has passed its retention period (or there is none). */
  retentionPassed: boolean;
  /** The latest end of retention over the client's trajectories; null without trajectories. */
  retainUntil: string | null;
  /** Trajectories removed whole (the client was the only participant). */
  trajectoriesRemoved: { id: number; title: string }[];
  /** Couple and team trajectories that stay for the others; this client's own part is removed from them. */
  trajectoriesKept: { id: number; title: string }[];
  sessionsRemoved: number;
}

export interface Erased {
  clientId: number;
  erasedAt: string;
  reason: ErasureReason;
}

export interface ClientExportFile {
  fileName: string;
  /** The JSON document (see shared/export/clientExport.schema.json). */
  json: string;
}

export interface PdfFile {
  fileName: string;
  pdfBase64: string;
}

export const privacyMethods = {
  'exports.client': method<ClientExportFile>()(
    z.object({ clientId: id }).strict(),
    "Everything stored about one client, as versioned JSON (AVG art. 15/20); other participants' own data and private notes left out.",
  ),
  'exports.clientSummary': method<PdfFile>()(
    z.object({ clientId: id, language: z.enum(['nl', 'en']).optional() }).strict(),
    'A readable PDF summary of what is stored about one client.',
  ),
  'exports.practice': method<ClientExportFile>()(empty, 'The whole practice as JSON, to move to another computer or tool (not encrypted).'),
  'erasure.check': method<ErasureCheck>()(
    z.object({ clientId: id }).strict(),
    'What erasing a client would remove, and whether the retention period has passed.',
  ),
  'erasure.erase': method<Erased>()(
    z.object({ clientId: id, reason: z.enum(erasureReasons).optional(), confirm: z.literal(true) }).strict(),
    'Erase a client everywhere (AVG art. 17), leaving a tombstone without personal data.',
  ),
  'retention.list': method<{ items: RetentionOfTrajectory[] }>()(
    z.object({ passedOnly: z.boolean().default(true) }).strict(),
    'Trajectories whose retention period has passed, for review; nothing is deleted by itself.',
  ),
};
