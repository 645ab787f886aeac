import type { z } from 'zod';
import { addressParts, importFields, type AddressPart, type ColumnMapping, type ImportField, type ImportProblem, type ImportRow, type MappableField } from '../../../shared/contract/clientImport';
import { clientFields } from '../../../shared/contract/clients';
import type { Db } from '../db/open';
import { foldForSearch } from '../text/fold';
import { joinAddress } from './address';
import type { CsvRecord } from './csv';

/** dd-mm-jjjj (also with / or . and single digits) as Dutch tools write it, or ISO; '' stays ''. */
export function isoDateOf(raw: string): string | null {
  const text = raw.trim();
  if (text === '') return '';
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (dutch) return `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
}

/** The same words as every other error: a reason token per field. */
function reasonOf(field: ImportField, issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return 'required';
    case 'too_big':
      return 'too_long';
    case 'invalid_union':
      return field === 'email' ? 'email' : field === 'phone' ? 'phone' : 'invalid';
    case 'invalid_format':
      return issue.format === 'email' ? 'email' : issue.message;
    case 'custom':
      return issue.message;
    case 'invalid_type':
    case 'invalid_value':
    case 'invalid_element':
    case 'invalid_key':
    case 'not_multiple_of':
    case 'unrecognized_keys':
      return 'invalid';
  }
}

type Origin = NonNullable<ImportRow['duplicateOf']>;

function identity(values: Pick<Record<ImportField, string>, 'firstName' | 'lastName' | 'dateOfBirth' | 'email'>) {
  const name = foldForSearch(`${values.firstName} ${values.lastName}`);
  return {
    nameAndBirth: values.dateOfBirth ? `${name}|${values.dateOfBirth}` : null,
    email: values.email.trim() ? values.email.trim().toLowerCase() : null,
  };
}

/** Who is known already, by name and date of birth and by e-mail: the vault's clients first, then earlier rows. */
class Known {
  private readonly byNameAndBirth = new Map<string, Origin>();
  private readonly byEmail = new Map<string, Origin>();

  constructor(db: Db) {
    const rows = db.prepare(`SELECT id, first_name, last_name, date_of_birth, email FROM client`).all() as {
      id: number;
      first_name: string;
      last_name: string;
      date_of_birth: string;
      email: string;
    }[];
    for (const r of rows) {
      this.add(identity({ firstName: r.first_name, lastName: r.last_name, dateOfBirth: r.date_of_birth, email: r.email }), { kind: 'client', clientId: r.id });
    }
  }

  find(me: ReturnType<typeof identity>): Origin | null {
    return (me.nameAndBirth !== null ? this.byNameAndBirth.get(me.nameAndBirth) : undefined) ?? (me.email !== null ? this.byEmail.get(me.email) : undefined) ?? null;
  }

  add(me: ReturnType<typeof identity>, origin: Origin): void {
    if (me.nameAndBirth !== null && !this.byNameAndBirth.has(me.nameAndBirth)) this.byNameAndBirth.set(me.nameAndBirth, origin);
    if (me.email !== null && !this.byEmail.has(me.email)) this.byEmail.set(me.email, origin);
  }
}

/** Every record checked as the contract checks a new client, and compared with the vault and the earlier rows. */
export function checkRows(db: Db, records: readonly CsvRecord[], mapping: ColumnMapping): ImportRow[] {
  const known = new Known(db);
  return records.map((record) => {
    const cell = (field: MappableField) => (mapping[field] === undefined ? '' : (record.cells[mapping[field]] ?? '').trim());
    const values = Object.fromEntries(importFields.map((f) => [f, cell(f)])) as Record<ImportField, string>;
    values.address = joinAddress(values.address, Object.fromEntries(addressParts.map((p) => [p, cell(p)])) as Record<AddressPart, string>);
    const problems: ImportProblem[] = [];
    const dateOfBirth = isoDateOf(values.dateOfBirth);
    if (dateOfBirth === null) problems.push({ field: 'dateOfBirth', reason: 'date' });
    else values.dateOfBirth = dateOfBirth;
    const parsed = clientFields.safeParse(dateOfBirth === null ? { ...values, dateOfBirth: '' } : values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as ImportField;
        if (!problems.some((p) => p.field === field)) problems.push({ field, reason: reasonOf(field, issue) });
      }
    }
    const me = identity(values);
    const duplicateOf = known.find(me);
    if (duplicateOf) problems.push({ field: 'row', reason: 'duplicate' });
    known.add(me, { kind: 'line', line: record.line });
    return { line: record.line, values, problems, duplicateOf };
  });
}
