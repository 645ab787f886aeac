import { z } from 'zod';

/**
 * The file a client receives when they ask for their data (AVG art. 15 and 20): every row that
 * refers to them, table by table, as stored (column names as in the database), without what is
 * not theirs to receive (listed under `omitted`). Versioned; its JSON Schema is
 * client-export.schema.json beside this file, generated from this definition.
 */
const cell = z.union([z.string(), z.number(), z.null()]);
const row = z.record(z.string(), cell);

export const clientExportFormat = 'traject-client-export';
export const practiceExportFormat = 'traject-practice-export';

export const clientExportSchema = z
  .object({
    format: z.literal(clientExportFormat),
    version: z.literal(1),
    exportedAt: z.string().describe('ISO 8601 time of the export'),
    clientId: z.number().int(),
    practice: z.object({ name: z.string(), practitionerName: z.string() }),
    tables: z.record(z.string(), z.array(row)).describe('Every table that refers to a client, by name; rows as stored'),
    omitted: z
      .array(z.object({ table: z.string(), column: z.string().nullable(), why: z.string() }))
      .describe('What was deliberately left out, and why'),
  })
  .strict();

export type ClientExport = z.infer<typeof clientExportSchema>;

export const practiceExportSchema = z
  .object({
    format: z.literal(practiceExportFormat),
    version: z.literal(1),
    exportedAt: z.string(),
    schemaVersion: z.number().int(),
    tables: z.record(z.string(), z.array(row)),
  })
  .strict();

export type PracticeExport = z.infer<typeof practiceExportSchema>;
