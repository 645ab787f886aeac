import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow as ElectronWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { Dispatch } from '../../electron/core';
import { invokeChannel } from '../../electron/shell/channel';
import { isFromAppWindow, registerInvokeHandler } from '../../electron/shell/ipc';
import { withReportSaving } from '../../electron/shell/reportSaving';
import type { Trajectory } from '../../shared/contract';
import { invoke as call, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';
import { removeDir, tempDir } from '../support/tempVault';
import { app, BrowserWindow, dialog, FakeIpcMain } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

const pageUrl = 'app://traject/index.html';
let practice: TestPractice;
let couple: Trajectory;
let folder: string;
let window: BrowserWindow;
let dispatch: Mock<Dispatch>;
let invoke: (method: string, input: unknown) => Promise<unknown>;

beforeAll(async () => {
  practice = await openPractice();
  couple = await makeTrajectory(practice.core, { kind: 'couple', title: 'Samen verder' });
  const session = await makeSession(practice.core, couple, { startsAt: '2026-10-05T10:00' });
  await call(practice.core, 'sessions.saveNotes', { id: session.id, summary: 'Een goede eerste sessie.' });

  folder = tempDir();
  app.documentsDir = join(folder, 'Documenten');
  window = new BrowserWindow({});
  void window.loadURL(pageUrl);
  const ipcMain = new FakeIpcMain();
  dispatch = vi.fn(practice.core.dispatch);
  registerInvokeHandler(ipcMain as unknown as IpcMain, withReportSaving(dispatch, () => window as unknown as ElectronWindow), (event) =>
    isFromAppWindow(event, window as unknown as ElectronWindow, pageUrl),
  );
  const handler = ipcMain.handlers.get(invokeChannel)!;
  invoke = (method, input) => handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame } as unknown as IpcMainInvokeEvent, method, input) as Promise<unknown>;
});
afterAll(() => {
  practice.close();
  removeDir(folder);
});
beforeEach(() => dialog.showSaveDialog.mockReset());

const exportInput = () => ({ trajectoryId: couple.id, audience: { kind: 'joint' }, language: 'nl' });
type Answer = { ok: boolean; value: Record<string, unknown> & { sha256: string; fileName: string } };

describe('exporting a report in the app window', () => {
  it('asks where to save it, suggesting the report’s file name in the documents folder, PDF only', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    const answer = (await invoke('reports.export', exportInput())) as Answer;
    expect(dialog.showSaveDialog).toHaveBeenCalledTimes(1);
    const [owner, options] = dialog.showSaveDialog.mock.calls[0]!;
    expect(owner).toBe(window);
    expect(options.defaultPath).toBe(join(app.documentsDir, answer.value.fileName));
    expect(options.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
  });

  it('writes the exact bytes that were recorded where the practitioner chose, and says so', async () => {
    const target = join(folder, 'rapport voor Sanne.pdf');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const answer = (await invoke('reports.export', exportInput())) as Answer;
    expect(answer).toMatchObject({ ok: true, value: { saved: true } });
    const bytes = readFileSync(target);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(answer.value.sha256);
    // Only the report itself is left in the folder: no temp file from the atomic write.
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes nothing when the dialog is cancelled, says so, and keeps it out of the list of handed-out reports', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    const before = readdirSync(folder);
    const listed = await call(practice.core, 'reports.list', { trajectoryId: couple.id });
    const answer = (await invoke('reports.export', exportInput())) as Answer;
    expect(answer).toMatchObject({ ok: true, value: { saved: false } });
    expect(readdirSync(folder)).toEqual(before);
    expect(await call(practice.core, 'reports.list', { trajectoryId: couple.id })).toEqual(listed);
  });

  it('never sends the PDF back to the page', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'tweede.pdf') });
    const answer = (await invoke('reports.export', exportInput())) as Answer;
    expect(answer.value).not.toHaveProperty('pdfBase64');
    expect(JSON.stringify(answer)).not.toContain('JVBER'); // "%PDF" in base64
  });

  it('answers an error when the chosen folder cannot be written, and leaves no file behind', async () => {
    const target = join(folder, 'bestaat-niet', 'rapport.pdf');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const answer = await invoke('reports.export', exportInput());
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL', reason: 'not_saved' } });
    expect(existsSync(target)).toBe(false);
  });

  it('shows no dialog when the export fails, or for any other method', async () => {
    await expect(invoke('reports.export', { ...exportInput(), trajectoryId: 999_999 })).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const preview = (await invoke('reports.preview', exportInput())) as { ok: boolean; value: { pdfBase64: string } };
    expect(preview.value.pdfBase64.length).toBeGreaterThan(0);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('keeps the export answer when the window closed during the export, without saving anything', async () => {
    dispatch.mockImplementationOnce(async (method: string, input: unknown) => {
      const result = await practice.core.dispatch(method, input);
      window.destroyed = true;
      return result;
    });
    const answer = (await invoke('reports.export', exportInput())) as Answer;
    window.destroyed = false;
    expect(answer).toMatchObject({ ok: true, value: { saved: false } });
    expect(answer.value).not.toHaveProperty('pdfBase64');
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
