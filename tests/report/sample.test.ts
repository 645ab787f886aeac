import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../electron/core/reports/render';
import { makeReportContent } from './fixtures';
import { extractPages, runTool } from './pdfTools';

/** Sample reports as PDF and page images in tests/artifacts/report/, for a person to look at. */
const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts/report');

describe('the sample reports', () => {
  it.each(['nl', 'en'] as const)('render in %s to one image per page', async (language) => {
    mkdirSync(artifacts, { recursive: true });
    for (const old of readdirSync(artifacts).filter((f) => f.startsWith(`sample-${language}`))) rmSync(path.join(artifacts, old));
    const file = path.join(artifacts, `sample-${language}.pdf`);
    writeFileSync(file, await renderReport(makeReportContent(language)));

    const result = runTool('pdftoppm', ['-png', '-r', '70', file, path.join(artifacts, `sample-${language}`)]);
    expect(result.status).toBe(0);
    const images = readdirSync(artifacts).filter((f) => f.startsWith(`sample-${language}-`) && f.endsWith('.png'));
    expect(images).toHaveLength(extractPages(file).length);
  });
});
