import type { ColumnMapping, ImportPreset, ImportPreview, ImportResult } from '../../../shared/contract/clientImport';
import { AppError } from '../../../shared/errors';
import { insertClient } from '../clients/repository';
import type { Db } from '../db/open';
import { readPractice } from '../practice/repository';
import { checkRows } from './clientRows';
import { detectDelimiter, parseCsv } from './csv';
import { decodeCsv } from './decode';
import { detectPreset, mappingFor } from './presets';

export interface ImportRequest {
  contentBase64: string;
  mapping?: ColumnMapping | undefined;
  preset?: ImportPreset | undefined;
}

/** Read, map and check a CSV of clients; nothing is written. */
export function previewImport(db: Db, request: ImportRequest): ImportPreview {
  const { text, encoding } = decodeCsv(Buffer.from(request.contentBase64, 'base64'));
  const delimiter = detectDelimiter(text);
  const [header, ...records] = parseCsv(text, delimiter);
  if (!header) throw new AppError('INVALID_INPUT', 'The file holds no lines.', 'contentBase64', 'empty_file');
  const columns = header.cells.map((c) => c.trim());
  const preset = request.preset ?? (request.mapping ? null : detectPreset(columns));
  const mapping = request.mapping ?? (preset ? mappingFor(preset, columns) : {});
  for (const [field, index] of Object.entries(mapping)) {
    if (index !== undefined && index >= columns.length) {
      throw new AppError('INVALID_INPUT', 'The mapping names a column the file does not have.', `mapping.${field}`, 'no_such_column');
    }
  }
  if (mapping.firstName === undefined || mapping.lastName === undefined) {
    throw new AppError('INVALID_INPUT', 'Choose the columns with the first and last names.', mapping.firstName === undefined ? 'mapping.firstName' : 'mapping.lastName', 'required');
  }
  const rows = checkRows(db, records, mapping);
  const duplicates = rows.filter((r) => r.duplicateOf !== null).length;
  const valid = rows.filter((r) => r.problems.length === 0).length;
  return { encoding, delimiter, columns, preset, mapping, rows, valid, invalid: rows.length - valid, duplicates };
}

/**
 * All or nothing: any bad row (or duplicate) and nothing is written, unless skipInvalid; then the
 * good rows are, and every problem of the others is listed. Duplicates are never added.
 */
export function importClients(db: Db, request: ImportRequest & { skipInvalid: boolean }, now: string): ImportResult {
  const preview = previewImport(db, request);
  const bad = preview.rows.filter((r) => r.problems.length > 0);
  if (bad.length > 0 && !request.skipInvalid) {
    const where = bad.slice(0, 20).map((r) => `line ${r.line} ${r.problems.map((p) => p.field).join('+')}`);
    throw new AppError('CONFLICT', `${bad.length} rows cannot be imported (${where.join(', ')}); nothing was written.`, 'contentBase64', 'import_invalid');
  }
  const language = readPractice(db).language;
  const clientIds = preview.rows
    .filter((r) => r.problems.length === 0)
    .map((r) => insertClient(db, { ...r.values, preferredName: '', language }, now).id);
  return {
    imported: clientIds.length,
    clientIds,
    skipped: bad.flatMap((r) => r.problems.map((p) => ({ line: r.line, field: p.field, reason: p.reason }))),
  };
}
