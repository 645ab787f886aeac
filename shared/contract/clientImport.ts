import { z } from 'zod';
import { method } from './define';

/** The client fields an import fills; everything else keeps its default. */
export const importFields = ['firstName', 'lastName', 'email', 'phone', 'dateOfBirth', 'address'] as const;
export type ImportField = (typeof importFields)[number];

/**
 * An address split over columns, as many practice tools export it: joined into the client's address the Dutch
 * way ("Kerkstraat 12a, 1234 AB Utrecht"). An address column beside them is taken as the street and number.
 */
export const addressParts = ['street', 'houseNumber', 'houseNumberAddition', 'postalCode', 'city'] as const;
export type AddressPart = (typeof addressParts)[number];

/** What a column can be mapped onto: a client field or a part of the address. */
export const mappableFields = [...importFields, ...addressParts] as const;
export type MappableField = (typeof mappableFields)[number];

/** Column headers of common practice tools' CSV exports, recognised by name. */
export const importPresets = ['traject', 'generic_nl', 'generic_en', 'outlook', 'google'] as const;
export type ImportPreset = (typeof importPresets)[number];

/** For each client field or address part, the (0-based) column it comes from; one left out stays empty. */
export const columnMapping = z
  .object(
    Object.fromEntries(mappableFields.map((f) => [f, z.number().int().min(0).max(199).optional()])) as Record<MappableField, z.ZodOptional<z.ZodNumber>>,
  )
  .strict();
export type ColumnMapping = z.infer<typeof columnMapping>;

export interface ImportProblem {
  /** The client field at fault, or 'row' for the row as a whole (too few columns, a duplicate). */
  field: ImportField | 'row';
  /** A reason token, as in every other error: required, too_long, email, phone, date, date_in_future, duplicate, ... */
  reason: string;
}

export interface ImportRow {
  /** The line number in the file (the header is line 1). */
  line: number;
  values: Record<ImportField, string>;
  problems: ImportProblem[];
  /** The same name and date of birth, or the same e-mail, as a client in the vault or an earlier row. */
  duplicateOf: { kind: 'client'; clientId: number } | { kind: 'line'; line: number } | null;
}

export interface ImportPreview {
  encoding: 'utf-8' | 'windows-1252';
  delimiter: ';' | ',' | '\t';
  columns: string[];
  /** The preset whose headers matched, or null when the mapping had to be given or guessed from none. */
  preset: ImportPreset | null;
  mapping: ColumnMapping;
  rows: ImportRow[];
  valid: number;
  invalid: number;
  duplicates: number;
}

export interface ImportResult {
  imported: number;
  clientIds: number[];
  /** Rows left out with --skip-invalid: every problem, with its line. */
  skipped: { line: number; field: ImportField | 'row'; reason: string }[];
}

/** About 1.5 MB of CSV: some ten thousand clients. */
const content = z.string().min(1).max(2_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

const importInput = {
  /** The file's bytes, base64: the encoding (UTF-8 with or without BOM, or Windows-1252) is found by core. */
  contentBase64: content,
  mapping: columnMapping.optional(),
  preset: z.enum(importPresets).optional(),
};

export const clientImportMethods = {
  'clients.importPreview': method<ImportPreview>()(
    z.object(importInput).strict(),
    'Read a CSV of clients: its encoding, separator, columns, the mapping (a preset or the one given), and every row checked, with duplicates flagged.',
  ),
  'clients.import': method<ImportResult>()(
    z.object({ ...importInput, skipInvalid: z.boolean().default(false) }).strict(),
    'Import the clients of a CSV: all or nothing unless skipInvalid (then the good rows, and the rest listed); duplicates are never added.',
  ),
};
