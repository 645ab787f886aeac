import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { Dispatch } from '../core';
import { writeFileAtomic } from '../core/vault/atomicWrite';
import type { ReportExported } from '../../shared/contract/reports';
import type { Result } from '../../shared/errors';

/**
 * In Electron the practitioner saves an exported report through the system's save dialog: the
 * renderer never names a path, and the PDF never travels back to the page. Other methods pass
 * through untouched.
 */
export function withReportSaving(dispatch: Dispatch, currentWindow: () => BrowserWindow | null): Dispatch {
  return async (method, input) => {
    const result = await dispatch(method, input);
    if (method !== 'reports.export' || !result.ok) return result;
    const { pdfBase64, ...exported } = result.value as ReportExported;
    const saved = await saveReport(exported, Buffer.from(pdfBase64 ?? '', 'base64'), currentWindow());
    // A report that never reached a file was not handed out: its record is withdrawn.
    if (!saved.ok || !saved.value.saved) await dispatch('reports.discard', { id: exported.id });
    return saved;
  };
}

async function saveReport(exported: Omit<ReportExported, 'pdfBase64'>, pdf: Buffer, window: BrowserWindow | null): Promise<Result<ReportExported>> {
  if (!window || window.isDestroyed() || pdf.length === 0) return { ok: true, value: { ...exported, saved: false } };
  const choice = await dialog.showSaveDialog(window, {
    defaultPath: join(app.getPath('documents'), exported.fileName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { ok: true, value: { ...exported, saved: false } };
  try {
    // A crash or a full disk leaves the old file or none, never half a report.
    writeFileAtomic(choice.filePath, pdf);
  } catch (error) {
    const full = (error as { code?: string }).code === 'DISK_FULL';
    return {
      ok: false,
      error: full
        ? { code: 'DISK_FULL', message: 'The disk is full; the report was not saved.' }
        : { code: 'INTERNAL', field: 'file', reason: 'not_saved', message: 'The report could not be saved there.' },
    };
  }
  return { ok: true, value: { ...exported, saved: true } };
}
