import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { importFields, type ImportPreview, type ImportProblem, type ImportRow } from '../../../../../shared/contract/clientImport';
import { fieldErrorText } from '../../../i18n/validation';
import { Icon } from '../../../ui/Icon';

/** A problem in words that name the field, the same sentences as the client form uses. */
function problemText(t: TFunction, problem: ImportProblem): string {
  if (problem.field === 'row') return t('clientImport.rowProblem');
  return fieldErrorText(t, { type: 'server', message: problem.reason }, t(`fields.${problem.field}`)) ?? '';
}

function duplicateText(t: TFunction, row: ImportRow): string | null {
  if (!row.duplicateOf) return null;
  return row.duplicateOf.kind === 'client' ? t('clientImport.duplicateClient') : t('clientImport.duplicateLine', { line: row.duplicateOf.line });
}

/** Every row with its line number, its values and what is wrong with it, bad rows first. */
export function ImportRowsTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const bad = (row: ImportRow) => row.problems.length > 0 || row.duplicateOf !== null;
  const rows = [...preview.rows].sort((a, b) => Number(bad(b)) - Number(bad(a)) || a.line - b.line);
  return (
    <div className="import-table-wrap">
      <table className="data-table import-table">
        <caption className="visually-hidden">{t('clientImport.preview')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('clientImport.line')}</th>
            {importFields.map((field) => (
              <th key={field} scope="col">
                {t(`fields.${field}`)}
              </th>
            ))}
            <th scope="col">{t('clientImport.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const duplicate = duplicateText(t, row);
            return (
              <tr key={row.line} className={bad(row) ? 'import-bad' : undefined}>
                <th scope="row">{row.line}</th>
                {importFields.map((field) => (
                  <td key={field}>{row.values[field]}</td>
                ))}
                <td>
                  {bad(row) ? (
                    <ul className="import-problems">
                      {/* A duplicate is said once, below, with the row or client it repeats. */}
                      {row.problems.filter((problem) => problem.reason !== 'duplicate').map((problem) => (
                        <li key={`${problem.field}-${problem.reason}`}>
                          <Icon name="alert" /> {problemText(t, problem)}
                        </li>
                      ))}
                      {duplicate && (
                        <li>
                          <Icon name="copy" /> {duplicate}
                        </li>
                      )}
                    </ul>
                  ) : (
                    <span className="import-ok">
                      <Icon name="check" /> {t('clientImport.ok')}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
