import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant, Trajectory } from '../../shared/contract';
import { invoke, openPractice, type TestPractice } from '../support/factories';
import { extractPages, flat, runTool } from './pdfTools';

/** The demo couple's reports as PDF and page images in tests/artifacts/report/, for a person to look at. */
const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts/report');

let practice: TestPractice;
let couple: Trajectory;
let sanne: Participant;

beforeAll(async () => {
  practice = await openPractice();
  await invoke(practice.core, 'demo.seed', {});
  const list = await invoke(practice.core, 'trajectories.list', {});
  couple = list.items.find((t) => t.title.includes('verzwegen schuld'))!;
  sanne = couple.participants.find((p) => p.firstName === 'Sanne')!;
  mkdirSync(artifacts, { recursive: true });
  for (const old of readdirSync(artifacts).filter((f) => f.startsWith('demo-'))) rmSync(path.join(artifacts, old));
});
afterAll(() => practice.close());

/** Exports through dispatch like the app does, then draws every page at 60 dpi. */
async function exportAndDraw(name: string, input: Record<string, unknown>): Promise<string[]> {
  const value = await invoke(practice.core, 'reports.export', { trajectoryId: couple.id, ...input } as never);
  const file = path.join(artifacts, `${name}.pdf`);
  writeFileSync(file, Buffer.from((value as { pdfBase64: string }).pdfBase64, 'base64'));
  const result = runTool('pdftoppm', ['-png', '-r', '60', file, path.join(artifacts, name)]);
  expect(result.status).toBe(0);
  const pages = extractPages(file);
  expect(readdirSync(artifacts).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))).toHaveLength(pages.length);
  return pages;
}

describe('the demo couple’s progress reports', () => {
  it('for Sanne and Daan together, in Dutch, tell their story without anything private', async () => {
    const pages = await exportAndDraw('demo-joint-nl', {
      audience: { kind: 'joint' },
      language: 'nl',
      intro:
        'Sanne en Daan kwamen in de zomer naar de praktijk nadat een verzwegen schuld aan het licht kwam. Samen werkten we aan openheid over geld, aan afspraken die haalbaar zijn en aan veiligheid in moeilijke gesprekken.',
      closingRemark:
        'Jullie hebben laten zien dat openheid over geld te leren is. Het vertrouwen is nog niet vanzelfsprekend, maar jullie weten nu wat helpt als het wankelt.',
      nextSteps: ['Nog twee sessies, eens per drie weken.', 'Een terugvalplan voor de feestdagen.'],
    });
    const text = flat(pages.join('\n'));
    expect(text).toContain('Sanne de Vries en Daan Mulder');
    // A registration number that names its register is printed once, not as "NOBCO NOBCO-2291".
    expect(text).toContain('NOBCO-2291');
    expect(text).not.toContain('NOBCO NOBCO');
    // The trust check-in is scored as a mean, so the report does not call it a total.
    expect(text).toContain('gemiddelde score');
    expect(text).not.toMatch(/PRIVÉ|creditcardschuld|Individuele sessie met Sanne over haar eigen kant/);
  });

  it('for Sanne alone, in English, adds her own individual session and nothing of Daan’s', async () => {
    const pages = await exportAndDraw('demo-sanne-en', { audience: { kind: 'participant', participantId: sanne.id }, language: 'en' });
    const text = flat(pages.join('\n'));
    expect(text).toContain('Progress report');
    expect(text).toContain('Individuele sessie met Sanne over haar eigen kant');
    expect(text).not.toContain('Individuele sessie met Daan');
    // Nothing was written to close with: no closing heading over an empty page.
    expect(text).not.toContain('Closing remark');
    expect(text).not.toMatch(/PRIVÉ|creditcardschuld/);
  });
});
