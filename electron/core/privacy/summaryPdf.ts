import { join } from 'node:path';
import type { ClientAddress } from '../../../shared/contract/practice';
import type { ClientExport } from '../../../shared/export/clientExport';
import { defaultFontDir, fontFaces } from '../reports/fonts';
import { summaryWords } from './summaryWords';

type Row = Record<string, string | number | null>;

const margin = 56;
const ink = '#1f2933';
const muted = '#52606d';

/**
 * The readable half of a client's data export: what the JSON file holds, in plain words, for the
 * client. Built only from the export itself, so it can never show more than the file.
 */
export async function clientSummaryPdf(
  data: ClientExport,
  language: 'nl' | 'en',
  fontDir = defaultFontDir(),
  address: ClientAddress = 'je',
): Promise<Buffer> {
  const w = summaryWords(language, address);
  // Loaded when the first PDF is made, not when Traject starts: the command line starts faster.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    font: join(fontDir, fontFaces.body),
    lang: language === 'nl' ? 'nl-NL' : 'en-GB',
    // No names in the metadata: the file may travel.
    info: { Title: w.title, Creator: 'Traject' },
  });
  doc.registerFont('body', join(fontDir, fontFaces.body));
  doc.registerFont('bold', join(fontDir, fontFaces.bold));
  doc.registerFont('heading', join(fontDir, fontFaces.heading));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const heading = (text: string, size = 14) => {
    if (doc.y > doc.page.height - margin - 80) doc.addPage();
    doc.moveDown(0.6).font('heading').fontSize(size).fillColor(ink).text(text).moveDown(0.2);
  };
  const line = (label: string, value: string | number | null | undefined) => {
    if (value === null || value === undefined || value === '') return;
    doc.font('bold').fontSize(10).fillColor(ink).text(`${label}: `, { continued: true }).font('body').text(String(value));
  };
  const para = (text: string) => doc.font('body').fontSize(10).fillColor(ink).text(text).moveDown(0.3);
  const note = (text: string) => doc.font('body').fontSize(9).fillColor(muted).text(text).moveDown(0.3);

  const t = data.tables as Record<string, Row[] | undefined>;
  const client = t['client']?.[0] ?? {};
  doc.font('heading').fontSize(20).fillColor(ink).text(w.title);
  note(w.madeOn(w.date(data.exportedAt), data.practice.name));
  para(w.intro);

  heading(w.personal);
  line(w.name, `${client['first_name'] ?? ''} ${client['last_name'] ?? ''}`.trim());
  line(w.preferredName, client['preferred_name']);
  line(w.dateOfBirth, client['date_of_birth'] ? w.date(String(client['date_of_birth'])) : null);
  line(w.email, client['email']);
  line(w.phone, client['phone']);
  line(w.address, client['address']);
  line(w.inPracticeSince, client['created_at'] ? w.date(String(client['created_at'])) : null);

  for (const trajectory of t['trajectory'] ?? []) {
    const id = trajectory['id'];
    heading(`${w.trajectory}: ${String(trajectory['title'])}`);
    line(w.kind, w.trajectoryKind(String(trajectory['kind'])));
    line(w.period, [trajectory['start_date'], trajectory['end_date']].filter(Boolean).map((d) => w.date(String(d))).join(' – '));
    const sessions = (t['session'] ?? []).filter((s) => s['trajectory_id'] === id);
    line(w.sessions, sessions.length);
    for (const s of sessions) note(`${w.dateTime(String(s['starts_at']))} · ${w.sessionStatus(String(s['status']))}`);
    const agreements = (t['agreement'] ?? []).filter((a) => a['trajectory_id'] === id);
    if (agreements.length) line(w.agreements, agreements.length);
    for (const a of agreements) note(`${String(a['text'])}${a['outcome'] ? ` — ${w.outcome(String(a['outcome']))}` : ''}`);
    const goals = (t['goal'] ?? []).filter((g) => g['trajectory_id'] === id);
    for (const g of goals) {
      const ratings = (t['rating'] ?? []).filter((r) => r['goal_id'] === g['id']).length;
      line(w.goal, `${String(g['title'])} (${w.ratings(ratings)})`);
    }
    const answers = (t['questionnaire_response'] ?? []).filter((r) => r['trajectory_id'] === id).length;
    if (answers) line(w.questionnaires, answers);
    const reports = (t['report_export'] ?? []).filter((r) => r['trajectory_id'] === id);
    for (const r of reports) line(w.report, `${w.date(String(r['created_at']))} · ${String(r['file_name'])}`);
  }

  heading(w.accessLog);
  const log = t['audit_event'] ?? [];
  para(w.accessIntro);
  for (const e of log.slice(-200)) note(`${w.dateTime(String(e['at']))} · ${w.event(String(e['event']))} · ${String(e['practitioner'])} · ${String(e['device'])}`);
  if (log.length > 200) note(w.more(log.length - 200));

  heading(w.leftOut);
  para(w.leftOutText);
  doc.end();
  return done;
}
