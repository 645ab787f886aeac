import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Real PDF tools (poppler, qpdf) read what the report wrote, like a reader's viewer would. */
export interface ToolResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runTool(command: string, args: string[]): ToolResult {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tempDirs: string[] = [];

/** A temp folder for this test file's PDFs; removeTempDirs() clears them all afterwards. */
export function makeTempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'traject-report-'));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function savePdf(dir: string, name: string, pdf: Buffer): string {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

/** The text a reader can copy out of the PDF, one string per page. */
export function extractPages(file: string, password?: string): string[] {
  // -raw keeps content-stream order, so a wrapped table cell reads as one piece.
  const args = ['-raw', '-enc', 'UTF-8', ...(password === undefined ? [] : ['-upw', password]), file, '-'];
  const result = runTool('pdftotext', args);
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr.trim()}`);
  return result.stdout.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
}

export function extractText(file: string, password?: string): string {
  return extractPages(file, password).join('\n');
}

/** Collapses the line breaks of wrapped text so phrases can be looked up. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export function pdfInfo(file: string, password?: string): Record<string, string> {
  const result = runTool('pdfinfo', [...(password === undefined ? [] : ['-upw', password]), file]);
  const info: Record<string, string> = {};
  for (const line of result.stdout.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!.trim()] = match[2]!.trim();
  }
  return info;
}

/** The document catalog as qpdf sees it (decrypted with the password when given). */
export function catalog(file: string, password?: string): Record<string, unknown> {
  const result = runTool('qpdf', [...(password === undefined ? [] : [`--password=${password}`]), '--json', '--json-key=qpdf', file]);
  const json = JSON.parse(result.stdout) as { qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>] };
  const objects = json.qpdf[1];
  const trailer = objects['trailer']?.value as { '/Root': string };
  return objects[`obj:${trailer['/Root']}`]?.value ?? {};
}

/** Every object uncompressed and decrypted, to search for things that must not be there. */
export function uncompressed(file: string, password?: string): string {
  const dir = path.dirname(file);
  const out = path.join(dir, `${path.basename(file, '.pdf')}-qdf.pdf`);
  const result = runTool('qpdf', [...(password === undefined ? [] : [`--password=${password}`]), '--qdf', '--object-streams=disable', '--decrypt', file, out]);
  if (result.status !== 0 && result.status !== 3) throw new Error(`qpdf failed: ${result.stderr}`);
  return runTool('cat', [out]).stdout;
}

/**
 * The last line of content on each page but the last, without the running header and footer (drawn
 * after the content, so they close each page's text).
 */
export function lastContentLines(pages: string[], practiceName: string): string[] {
  return pages.slice(0, -1).map((page) => {
    const lines = page.split('\n').map((line) => line.trim()).filter(Boolean);
    lines.pop(); // footer and page number
    if (lines.at(-1)?.startsWith(practiceName)) lines.pop(); // running header
    return lines.at(-1) ?? '';
  });
}

export interface StructNode {
  type: string;
  alt?: string;
  children: StructNode[];
}

/** The document's structure tree (tagged PDF) as qpdf reads it: element types, alternative texts, children. */
export function structureTree(file: string, password?: string): StructNode | null {
  const result = runTool('qpdf', [...(password === undefined ? [] : [`--password=${password}`]), '--json', '--json-key=qpdf', file]);
  const json = JSON.parse(result.stdout) as { qpdf: [unknown, Record<string, { value?: unknown }>] };
  const objects = json.qpdf[1];
  const deref = (value: unknown): unknown => (typeof value === 'string' && /^\d+ \d+ R$/.test(value) ? objects[`obj:${value}`]?.value : value);
  const rootRef = (objects['trailer']?.value as { '/Root': string })['/Root'];
  const catalogue = deref(rootRef) as Record<string, unknown>;
  const treeRoot = deref(catalogue['/StructTreeRoot']) as Record<string, unknown> | undefined;
  if (!treeRoot) return null;
  const text = (value: unknown) => (typeof value === 'string' ? value.replace(/^u:/, '') : undefined);
  const visit = (value: unknown): StructNode[] => {
    const node = deref(value);
    if (Array.isArray(node)) return node.flatMap(visit);
    if (!node || typeof node !== 'object') return [];
    const dict = node as Record<string, unknown>;
    if (typeof dict['/S'] !== 'string') return [];
    const alt = text(deref(dict['/Alt']));
    return [{ type: (dict['/S'] as string).slice(1), ...(alt ? { alt } : {}), children: visit(dict['/K']) }];
  };
  return { type: 'StructTreeRoot', children: visit(treeRoot['/K']) };
}

/** Every structure element of a tree, depth first. */
export function structNodes(node: StructNode | null): StructNode[] {
  return node ? [node, ...node.children.flatMap(structNodes)] : [];
}
