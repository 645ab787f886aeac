import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { renderReport } from '../../electron/core/reports/render';
import { makeReportContent } from './fixtures';
import { catalog, extractText, makeTempDir, pdfInfo, runTool, savePdf, uncompressed, removeTempDirs } from './pdfTools';

afterAll(removeTempDirs);

const password = 'Zoë-€-geheim 2026';
let plainFile: string;
let lockedFile: string;

beforeAll(async () => {
  const dir = makeTempDir();
  plainFile = savePdf(dir, 'plain', await renderReport(makeReportContent('nl')));
  lockedFile = savePdf(dir, 'locked', await renderReport(makeReportContent('nl'), { password }));
});

describe('a password-protected report', () => {
  it('gives away no text without the password', () => {
    const result = runTool('pdftotext', [lockedFile, '-']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/password/i);
    expect(result.stdout).not.toContain('Sanne');
  });

  it('keeps names and titles out of the file bytes, metadata included', () => {
    const bytes = readFileSync(lockedFile);
    for (const secret of ['Sanne', 'IJzerman', 'Voortgangsrapport', 'geldzorgen']) {
      expect(bytes.includes(Buffer.from(secret, 'latin1')), secret).toBe(false);
      expect(bytes.includes(Buffer.from(secret, 'utf16le').swap16()), secret).toBe(false);
    }
  });

  it('opens with the password and reads like the unprotected report', () => {
    expect(extractText(lockedFile, password)).toBe(extractText(plainFile));
  });

  it('is encrypted with AES-256 revision 6 (the password hashed in 64+ rounds) and allows printing but not changes', () => {
    const shown = runTool('qpdf', ['--show-encryption', `--password=${password}`, lockedFile]).stdout;
    expect(shown).toContain('R = 6');
    expect(shown).toContain('Supplied password is user password');
    expect(shown).toContain('file encryption method: AESv3');
    expect(shown).toContain('print high resolution: allowed');
    expect(shown).toContain('modify anything: not allowed');
    expect(shown).toContain('modify annotations: not allowed');
  });

  it('does not open with the password of another report', async () => {
    const result = runTool('pdftotext', ['-upw', 'Zoe-EUR-geheim 2026', lockedFile, '-']);
    expect(result.status).not.toBe(0);
  });

  it('refuses an empty password instead of writing an unprotected file', async () => {
    await expect(renderReport(makeReportContent('nl'), { password: '' })).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'password' });
    await expect(renderReport(makeReportContent('nl'), { password: '' })).rejects.toBeInstanceOf(AppError);
  });
});

describe('the PDF file itself', () => {
  it('passes qpdf --check, with and without a password', () => {
    const plain = runTool('qpdf', ['--check', plainFile]);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('No syntax or stream encoding errors found');
    const locked = runTool('qpdf', ['--check', `--password=${password}`, lockedFile]);
    expect(locked.status).toBe(0);
  });

  it('contains no JavaScript, launch actions or automatic actions, and links only to the practice', () => {
    for (const [file, pw] of [[plainFile, undefined], [lockedFile, password]] as const) {
      const objects = uncompressed(file, pw);
      for (const key of ['/JavaScript', '/JS', '/Launch', '/OpenAction', '/AA', '/EmbeddedFile']) {
        expect(objects).not.toMatch(new RegExp(`${key}\\b`));
      }
      const uris = [...objects.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
      expect(uris.sort()).toEqual(['https://www.samenspel.nl', 'mailto:praktijk@samenspel.nl']);
    }
  });

  it('carries a title without names, the practitioner, the creation date and the language when it is not protected', () => {
    const info = pdfInfo(plainFile);
    expect(info['Title']).toBe('Voortgangsrapport');
    expect(info['Author']).toBe('Marloes IJzerman');
    expect(info['Subject']).toBeUndefined();
    expect(info['CreationDate']).toContain('2026');
    expect(catalog(plainFile)['/Lang']).toBe('u:nl-NL');
    // Nowhere in the file's metadata: not the clients, not the trajectory.
    const metadata = uncompressed(plainFile).match(/\/Title[^\n]*|\/Subject[^\n]*|\/Keywords[^\n]*/g)!.join(' ');
    for (const secret of ['Sanne', 'Ömer', 'Yılmaz', 'geldzorgen']) expect(metadata).not.toContain(secret);
  });

  it('keeps control and bidi characters out of the metadata', async () => {
    const content = makeReportContent('nl');
    const file = savePdf(makeTempDir(), 'controls', await renderReport({ ...content, practice: { ...content.practice, practitionerName: 'Marloes\u202e IJzerman\u0007' } }));
    expect(pdfInfo(file)['Author']).toBe('Marloes IJzerman');
  });

  it('names the clients in the title only when the file is locked (its metadata is encrypted then too)', () => {
    expect(pdfInfo(lockedFile, password)['Title']).toBe('Voortgangsrapport — Sanne de Vries en Ömer Yılmaz');
    expect(pdfInfo(lockedFile, password)['Subject']).toBe('Vertrouwen herstellen na de geldzorgen');
  });

  it('tags an English report as en-GB, also when it is encrypted', async () => {
    const dir = makeTempDir();
    const file = savePdf(dir, 'en', await renderReport(makeReportContent('en'), { password }));
    expect(catalog(file, password)['/Lang']).toBe('u:en-GB');
    expect(pdfInfo(file, password)['Title']).toBe('Progress report — Sanne de Vries and Ömer Yılmaz');
  });

  it('embeds its own fonts and never the built-in Helvetica', () => {
    const fonts = runTool('pdffonts', [plainFile]).stdout.split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toMatch(/Noto(Sans|Serif)/);
      expect(line).toMatch(/Identity-H\s+yes\s+yes\s+yes/);
    }
    expect(uncompressed(plainFile)).not.toMatch(/Helvetica/);
  });
});
