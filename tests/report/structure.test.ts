import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../electron/core/reports/render';
import { makeReportContent } from './fixtures';
import { catalog, makeTempDir, removeTempDirs, runTool, savePdf, structNodes, structureTree, uncompressed, type StructNode } from './pdfTools';

let file: string;
let tree: StructNode | null;

beforeAll(async () => {
  file = savePdf(makeTempDir(), 'tagged', await renderReport(makeReportContent('nl')));
  tree = structureTree(file);
});
afterAll(removeTempDirs);

const ofType = (type: string) => structNodes(tree).filter((n) => n.type === type);

describe('a tagged report', () => {
  it('says it is tagged and has one document with a section per part, each opening with its heading', () => {
    expect(catalog(file)['/MarkInfo']).toBeDefined();
    expect(tree?.children.map((n) => n.type)).toEqual(['Document']);
    const sections = ofType('Sect');
    expect(sections).toHaveLength(6);
    for (const section of sections) expect(section.children[0]?.type).toBe('H2');
    expect(ofType('H1')).toHaveLength(1);
    expect(ofType('H3').length).toBeGreaterThan(3);
  });

  it('tags tables with header cells, lists with their items, paragraphs and captions', () => {
    const tables = ofType('Table');
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) {
      expect(table.children.every((row) => row.type === 'TR')).toBe(true);
      expect(table.children.flatMap((row) => row.children).every((cell) => cell.type === 'TH' || cell.type === 'TD')).toBe(true);
    }
    expect(ofType('TH').length).toBeGreaterThan(10);
    for (const list of ofType('L')) expect(list.children.every((item) => item.type === 'LI' && item.children.some((c) => c.type === 'LBody'))).toBe(true);
    expect(ofType('P').length).toBeGreaterThan(50);
    expect(ofType('Caption').length).toBeGreaterThan(0);
  });

  it('gives every chart and the logo a figure with alternative text in words', () => {
    const figures = ofType('Figure');
    expect(figures.length).toBe(6);
    for (const figure of figures) expect(figure.alt?.length).toBeGreaterThan(4);
    expect(figures.map((f) => f.alt)).toContain(
      'Grafiek: Afspraken over geld nakomen, met een lijn voor Sanne de Vries en Ömer Yılmaz. De cijfers staan in de tabel eronder.',
    );
  });

  it('has a bookmark per section, opening on its page, and opens with the bookmarks shown', () => {
    const outlines = JSON.parse(runTool('qpdf', ['--json', '--json-key=outlines', file]).stdout).outlines as { title: string; destpageposfrom1: number }[];
    expect(outlines.map((o) => o.title)).toEqual([
      'Samenvatting van het traject',
      'Vertrouwensdoelen',
      'Afspraken',
      'Sessies',
      'Vragenlijsten',
      'Afsluitend woord en vervolgstappen',
    ]);
    expect(outlines[0]!.destpageposfrom1).toBe(2);
    expect(outlines.map((o) => o.destpageposfrom1)).toEqual([...outlines.map((o) => o.destpageposfrom1)].sort((a, b) => a - b));
    expect(catalog(file)['/PageMode']).toBe('/UseOutlines');
  });

  it('makes the practice’s e-mail address and website clickable links', () => {
    const objects = uncompressed(file);
    expect(objects.match(/\/Subtype \/Link/g)).toHaveLength(2);
    expect(objects).toContain('/URI (mailto:praktijk@samenspel.nl)');
    expect(objects).toContain('/URI (https://www.samenspel.nl)');
  });
});
