import type { ClientExport } from '../../../shared/export/clientExport';
import type { HandlersFor } from '../context';
import { readPractice } from '../practice/repository';
import { safeFileName } from '../reports/safeFileName';
import { exportClient } from './clientExport';
import { eraseClient } from './erase';
import { practiceExportText } from './practiceExport';
import { erasureCheck, retentionList } from './retention';
import { clientSummaryPdf } from './summaryPdf';

/** "Gegevens Sanne de Vries 2026-12-02.json": the practitioner hands it to that client. */
function exportFileName(data: ClientExport, language: 'nl' | 'en', extension: '.json' | '.pdf'): string {
  const client = data.tables['client']?.[0] ?? {};
  const name = `${String(client['first_name'] ?? '')} ${String(client['last_name'] ?? '')}`.trim();
  return safeFileName(`${language === 'nl' ? 'Gegevens' : 'Data'} ${name} ${data.exportedAt.slice(0, 10)}`, extension);
}

function clientLanguage(data: ClientExport): 'nl' | 'en' {
  return data.tables['client']?.[0]?.['language'] === 'en' ? 'en' : 'nl';
}

export const privacyHandlers: HandlersFor<'exports'> & HandlersFor<'erasure'> & HandlersFor<'retention'> = {
  'exports.client': (input, { vault }) => {
    const now = vault.now();
    const data = exportClient(vault.db(), input.clientId, now);
    return { fileName: exportFileName(data, clientLanguage(data), '.json'), json: JSON.stringify(data, null, 2) };
  },
  'exports.clientSummary': async (input, { vault, fontDir }) => {
    const db = vault.db();
    const now = vault.now();
    const data = exportClient(db, input.clientId, now);
    const language = input.language ?? clientLanguage(data);
    const pdf = await clientSummaryPdf(data, language, fontDir, readPractice(db).clientAddress);
    return { fileName: exportFileName(data, language, '.pdf'), pdfBase64: pdf.toString('base64') };
  },
  'exports.practice': (_input, { vault }) => {
    const now = vault.now();
    const name = readPractice(vault.db()).name;
    return { fileName: `${name ? `${safeFileName(name)}-` : ''}praktijk-export-${now.toISOString().slice(0, 10)}.json`, json: practiceExportText(vault.db(), now) };
  },
  'erasure.check': (input, { vault }) => erasureCheck(vault.db(), input.clientId, vault.now()),
  'erasure.erase': (input, { vault }) => eraseClient(vault, input.clientId, input.reason),
  'retention.list': (input, { vault }) => ({ items: retentionList(vault.db(), vault.now(), input.passedOnly) }),
};
