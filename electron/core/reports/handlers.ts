import { createHash } from 'node:crypto';
import type { HandlersFor } from '../context';
import { touchTrajectory, trajectoryRow } from '../trajectories/repository';
import { inSnapshot, inTransaction } from '../trajectories/transaction';
import { discardReportExport, insertReportExport, reportExportsOf } from './exports';
import { reportOptions } from './options';
import { renderReportDocument } from './render';
import { chosenSections, contentForRequest } from './request';
import { reportFileName } from './safeFileName';

export const reportHandlers: HandlersFor<'reports'> = {
  'reports.options': (input, ctx) => inSnapshot(ctx, (db) => reportOptions(db, input.trajectoryId, input.language, ctx.clock.now())),

  'reports.preview': async (input, ctx) => {
    const content = inSnapshot(ctx, (db) => contentForRequest(db, input, ctx.clock.now()));
    const { pdf, pageCount } = await renderReportDocument(content, { fontDir: ctx.fontDir });
    return { pdfBase64: pdf.toString('base64'), pageCount };
  },

  // Read in one snapshot, render outside it (rendering is asynchronous), then record in one transaction.
  'reports.export': async ({ password, ...input }, ctx) => {
    const content = inSnapshot(ctx, (db) => contentForRequest(db, input, ctx.clock.now()));
    const { pdf } = await renderReportDocument(content, { fontDir: ctx.fontDir, ...(password === undefined ? {} : { password }) });
    const record = inTransaction(ctx, (db, now) => {
      const exported = insertReportExport(
        db,
        {
          trajectoryId: input.trajectoryId,
          audience: input.audience,
          audienceLabel: content.audienceLabel,
          language: content.language,
          fromSessionId: input.fromSessionId ?? null,
          toSessionId: input.toSessionId ?? null,
          periodFrom: content.period.from,
          periodTo: content.period.to,
          full: input.full,
          sections: chosenSections(input),
          passwordProtected: password !== undefined,
          fileName: reportFileName(content),
          sha256: createHash('sha256').update(pdf).digest('hex'),
          sizeBytes: pdf.length,
        },
        now,
      );
      // A report handed out belongs to the file: it counts as a change for the retention term.
      touchTrajectory(db, input.trajectoryId, now);
      return exported;
    });
    return { ...record, pdfBase64: pdf.toString('base64') };
  },

  'reports.discard': (input, ctx) =>
    inTransaction(ctx, (db) => {
      discardReportExport(db, input.id, ctx.clock.now());
      return { discarded: true as const };
    }),

  'reports.list': (input, ctx) =>
    inSnapshot(ctx, (db) => {
      trajectoryRow(db, input.trajectoryId, 'trajectoryId');
      return reportExportsOf(db, input.trajectoryId);
    }),
};
