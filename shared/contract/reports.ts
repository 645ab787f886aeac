import { z } from 'zod';
import { method } from './define';
import { id, language, longText, shortText } from './fields';
import { audience, localDate } from './workflowFields';
import type { Audience } from '../domain/audience';

export const reportSectionKeys = ['cover', 'summary', 'goals', 'agreements', 'repairPlans', 'sessions', 'questionnaires', 'closing'] as const;
export type ReportSectionKey = (typeof reportSectionKeys)[number];

const sections = z
  .object(Object.fromEntries(reportSectionKeys.map((k) => [k, z.boolean().default(true)])) as Record<ReportSectionKey, z.ZodDefault<z.ZodBoolean>>)
  .strict();

/** What the practitioner chooses in the report builder. */
export const reportRequest = z
  .object({
    trajectoryId: id,
    audience,
    /** Default: the readers' own language (see ReportAudienceOption.language). */
    language: language.optional(),
    /**
     * The period runs from the start of one session to the end of another (both included), or between
     * two dates (the command line). Without a start: the recent months (see ReportOptions.recentFromSessionId).
     */
    fromSessionId: id.optional(),
    toSessionId: id.optional(),
    from: localDate.optional(),
    to: localDate.optional(),
    /** Everything (every agreement, every session) instead of the concise report a client reads in one sitting. */
    full: z.boolean().default(false),
    sections: sections.default(Object.fromEntries(reportSectionKeys.map((k) => [k, true])) as Record<ReportSectionKey, boolean>),
    intro: longText(5_000).default(''),
    closingRemark: longText(10_000).default(''),
    nextSteps: z.array(shortText(500)).max(20).default([]),
  })
  .strict();

export interface ReportAudienceOption {
  audience: Audience;
  /** "Sanne en Daan samen", "Sanne de Vries", "het team" — in the requested language. */
  label: string;
  /** The language this reader's report starts in: their own, or the one the couple or team shares. */
  language: 'nl' | 'en';
}

export interface ReportOptions {
  audiences: ReportAudienceOption[];
  /** Held sessions, oldest first, to choose the period from. */
  sessions: { id: number; startsAt: string; kind: string; individualFor: number | null }[];
  /** Where the default period starts: the first held session of the recent months (null: no sessions). */
  recentFromSessionId: number | null;
  /** The first audience's language. */
  defaultLanguage: 'nl' | 'en';
  /** Characters the report fonts cannot draw, found in the shareable texts (shown as [?] in the PDF). */
  unprintable: string[];
}

export interface ReportExport {
  id: number;
  trajectoryId: number;
  audience: Audience;
  audienceLabel: string;
  language: 'nl' | 'en';
  fromSessionId: number | null;
  toSessionId: number | null;
  /** The period as printed on the report (local dates, both included); null on records from before this was kept. */
  periodFrom: string | null;
  periodTo: string | null;
  /** The full report (everything of the period) rather than the concise one. */
  full: boolean;
  sections: ReportSectionKey[];
  passwordProtected: boolean;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  createdAt: string;
}

export interface ReportPreview {
  /** The PDF itself, base64; the screen draws its pages. */
  pdfBase64: string;
  pageCount: number;
}

export interface ReportExported extends ReportExport {
  /** The PDF, base64. In Electron the shell saves it through a save dialog and strips it from the answer. */
  pdfBase64?: string;
  /** Electron only: whether the practitioner saved the file (false when the dialog was cancelled). */
  saved?: boolean;
}

export const reportMethods = {
  'reports.options': method<ReportOptions>()(
    z.object({ trajectoryId: id, language: language.default('nl') }).strict(),
    'Who a report of this trajectory can be for, and the sessions to choose its period from.',
  ),
  'reports.preview': method<ReportPreview>()(reportRequest, 'Render the report without recording it, to look at its pages.'),
  'reports.export': method<ReportExported>()(
    reportRequest.extend({ password: z.string().min(6).max(200).optional() }).strict(),
    'Render the report, record the export (who, when, which file hash) and hand over the PDF.',
  ),
  'reports.discard': method<{ discarded: true }>()(
    z.object({ id }).strict(),
    'Forget an export that never left the program (its save dialog was cancelled); only the newest, within minutes.',
  ),
  'reports.list': method<ReportExport[]>()(
    z.object({ trajectoryId: id }).strict(),
    'Earlier exports of this trajectory, newest first.',
  ),
};
