import { z } from 'zod';
import type { InputOf } from '../../../../shared/contract';
import { reportSectionKeys, type ReportOptions, type ReportSectionKey } from '../../../../shared/contract/reports';
import type { Audience } from '../../../../shared/domain/audience';

export const maxNextSteps = 20;
export const minPasswordLength = 6;

/** What the builder's fields hold; selects and radios speak in strings. */
export interface ReportFormValues {
  /** `joint` or `participant:<id>`. */
  audience: string;
  language: 'nl' | 'en';
  fromSessionId: string;
  toSessionId: string;
  sections: Record<ReportSectionKey, boolean>;
  /** Everything instead of the concise report. */
  full: boolean;
  intro: string;
  closingRemark: string;
  nextSteps: { text: string }[];
  protect: boolean;
  password: string;
  confirm: string;
}

export type ReportRequest = InputOf<'reports.preview'>;
export type ReportExportRequest = InputOf<'reports.export'>;

export function audienceKey(audience: Audience): string {
  return audience.kind === 'joint' ? 'joint' : `participant:${audience.participantId}`;
}

export function audienceFromKey(key: string): Audience {
  const match = /^participant:(\d+)$/.exec(key);
  return match ? { kind: 'participant', participantId: Number(match[1]) } : { kind: 'joint' };
}

/** Everything in, concise, the recent months, the first audience (the couple or team together), the client's language. */
export function defaultReportValues(options: ReportOptions): ReportFormValues {
  const first = options.sessions.find((s) => s.id === options.recentFromSessionId) ?? options.sessions[0];
  const last = options.sessions[options.sessions.length - 1];
  return {
    audience: options.audiences[0] ? audienceKey(options.audiences[0].audience) : 'joint',
    language: options.defaultLanguage,
    fromSessionId: first ? String(first.id) : '',
    toSessionId: last ? String(last.id) : '',
    sections: Object.fromEntries(reportSectionKeys.map((key) => [key, true])) as Record<ReportSectionKey, boolean>,
    full: false,
    intro: '',
    closingRemark: '',
    nextSteps: [],
    protect: false,
    password: '',
    confirm: '',
  };
}

/**
 * The builder's own checks. Messages are reason tokens: the plain ones (`too_long|500`) read like every
 * other form, the `report.*` ones are this screen's own sentences.
 */
export function reportFormSchema(sessionIds: readonly number[]) {
  const position = (id: string) => sessionIds.indexOf(Number(id));
  return z
    .object({
      audience: z.string().min(1),
      language: z.enum(['nl', 'en']),
      fromSessionId: z.string(),
      toSessionId: z.string(),
      sections: z.record(z.enum(reportSectionKeys), z.boolean()),
      full: z.boolean(),
      intro: z.string().max(5_000),
      closingRemark: z.string().max(10_000),
      nextSteps: z.array(z.object({ text: z.string().trim().max(500) })).max(maxNextSteps),
      protect: z.boolean(),
      password: z.string().max(200),
      confirm: z.string().max(200),
    })
    .superRefine((form, ctx) => {
      if (!Object.values(form.sections).some(Boolean)) {
        ctx.addIssue({ code: 'custom', path: ['sections'], message: 'report.noneChosen' });
      }
      if (form.fromSessionId && form.toSessionId && position(form.toSessionId) < position(form.fromSessionId)) {
        ctx.addIssue({ code: 'custom', path: ['toSessionId'], message: 'report.reversed' });
      }
      if (!form.protect) return;
      if (form.password.length < minPasswordLength) {
        ctx.addIssue({ code: 'custom', path: ['password'], message: 'report.tooShort' });
      } else if (form.password !== form.confirm) {
        ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'report.mismatch' });
      }
    });
}

/** The fields a preview needs; the password only matters when saving. */
export const previewFields = ['audience', 'language', 'fromSessionId', 'toSessionId', 'sections', 'full', 'intro', 'closingRemark', 'nextSteps'] as const;

/** Reading order, to put the cursor on the first thing that needs attention. */
export const fieldOrder = ['audience', 'fromSessionId', 'toSessionId', 'language', 'sections', 'intro', 'closingRemark', 'nextSteps', 'password', 'confirm'] as const;

/** The request core understands; empty next steps are left out, closing texts only when that section is on. */
export function toReportRequest(trajectoryId: number, values: ReportFormValues): ReportRequest {
  const closing = values.sections.closing;
  return {
    trajectoryId,
    audience: audienceFromKey(values.audience),
    language: values.language,
    ...(values.fromSessionId ? { fromSessionId: Number(values.fromSessionId) } : {}),
    ...(values.toSessionId ? { toSessionId: Number(values.toSessionId) } : {}),
    sections: { ...values.sections },
    full: values.full,
    intro: values.sections.summary ? values.intro.trim() : '',
    closingRemark: closing ? values.closingRemark.trim() : '',
    nextSteps: closing ? values.nextSteps.map((step) => step.text.trim()).filter((text) => text !== '') : [],
  };
}

export function toExportRequest(trajectoryId: number, values: ReportFormValues): ReportExportRequest {
  const request = toReportRequest(trajectoryId, values);
  return values.protect ? { ...request, password: values.password } : request;
}
