import type { ReadMethod, WriteMethod } from './methods';

// Groups of reads that show the same thing; a write names the groups whose answers it changes.
const clientNames = ['clients.list', 'clients.get', 'clients.overview', 'trajectories.list', 'trajectories.get', 'trajectories.detail', 'sessions.workspace', 'dashboard.get', 'calendar.entries', 'search.query', 'retention.list'] as const;
const trajectoryPage = ['trajectories.detail', 'trajectories.audienceView', 'checkIns.get', 'reports.options', 'reports.preview'] as const;
const planning = ['sessions.list', 'sessions.get', 'sessions.workspace', 'sessions.overlaps', 'sessions.nextFreeSlot', 'sessions.previewSeries', 'calendar.entries', 'dashboard.get', 'agreements.overdue', 'clients.list', 'clients.overview', 'trajectories.list'] as const;
const notes = ['sessions.get', 'sessions.workspace', 'sessions.history', 'search.query'] as const;
const agreements = ['agreements.list', 'agreements.history', 'agreements.overdue', 'sessions.workspace', 'dashboard.get', 'clients.overview', 'repairPlans.list', 'repairPlans.get', 'search.query'] as const;
const goals = ['goals.list', 'goals.series', 'sessions.workspace', 'repairPlans.get', 'search.query'] as const;
const answers = ['questionnaires.responses', 'questionnaires.scoreSeries', 'questionnaires.groupFigures', 'questionnaires.list', 'questionnaires.get', 'sessions.workspace', 'clients.overview', 'dashboard.get'] as const;
const questionnaireWording = ['questionnaires.list', 'questionnaires.get', 'questionnaires.responses', 'questionnaires.scoreSeries', 'questionnaires.groupFigures', 'sessions.workspace'] as const;
const auditLog = ['audit.list', 'audit.verify'] as const;
const rounds360 = ['feedback360.list', 'feedback360.result', ...trajectoryPage] as const;
/** An import's preview marks rows that match a client already in the vault. */
const knownClients = [...clientNames, 'clients.importPreview'] as const;

/** Every read: for writes after which nothing read before can be trusted (a restore, a demo, an erasure). */
const everything = 'everything';

/**
 * What each write changes: after it succeeds, exactly these reads are asked again (the ones on
 * screen at once, the others when next shown). Every write is listed; the compiler checks it.
 */
export const readsChangedBy = {
  'vault.changePassphrase': auditLog,
  'vault.newRecoveryKey': auditLog,
  'vault.rekey': [...auditLog, 'backups.list'],
  'practice.update': ['practice.get', 'reports.options', 'reports.preview'],
  'clients.create': knownClients,
  'clients.update': [...knownClients, ...trajectoryPage],
  'clients.archive': [...clientNames, 'erasure.check'],
  'clients.import': knownClients,
  'trajectories.create': [...clientNames, ...trajectoryPage],
  'trajectories.update': [...clientNames, ...trajectoryPage, 'retention.list'],
  'trajectories.addParticipant': [...clientNames, ...trajectoryPage, 'erasure.check'],
  'trajectories.removeParticipant': [...clientNames, ...trajectoryPage, 'erasure.check'],
  'checkIns.set': [...trajectoryPage, 'dashboard.get'],
  'sessions.create': [...planning, ...trajectoryPage],
  'sessions.update': [...planning, ...trajectoryPage],
  'sessions.setStatus': [...planning, ...trajectoryPage],
  'sessions.start': [...planning, 'trajectories.detail'],
  'sessions.planSeries': [...planning, ...trajectoryPage],
  // A draft is the screen's own while it is open: only what shows saved notes elsewhere.
  'sessions.saveNotes': ['sessions.get', 'search.query'],
  'sessions.finalise': [...notes, ...trajectoryPage, 'dashboard.get'],
  'sessions.amend': [...notes, ...trajectoryPage],
  'calendar.export': auditLog,
  'agreements.create': [...agreements, ...trajectoryPage],
  'agreements.update': [...agreements, ...trajectoryPage],
  'agreements.remove': [...agreements, ...trajectoryPage],
  'agreements.review': [...agreements, ...trajectoryPage],
  'goals.create': [...goals, ...trajectoryPage],
  'goals.update': [...goals, ...trajectoryPage],
  'goals.rate': ['goals.series', 'sessions.workspace', 'trajectories.detail', 'trajectories.audienceView', 'reports.preview'],
  'repairPlans.create': ['repairPlans.list', 'repairPlans.get', 'agreements.list', 'goals.list', 'sessions.workspace', ...trajectoryPage],
  'repairPlans.update': ['repairPlans.list', 'repairPlans.get', 'agreements.list', 'goals.list', 'sessions.workspace', ...trajectoryPage],
  'questionnaires.create': questionnaireWording,
  'questionnaires.update': [...questionnaireWording, ...trajectoryPage],
  'questionnaires.archive': questionnaireWording,
  'questionnaires.setItemTexts': [...questionnaireWording, 'reports.preview'],
  'questionnaires.respond': [...answers, ...trajectoryPage],
  'questionnaires.removeResponse': [...answers, ...trajectoryPage],
  'questionnaires.setAnonymity': ['questionnaires.anonymity', 'questionnaires.groupFigures', 'feedback360.result', ...trajectoryPage],
  'forms.create': ['forms.list', ...auditLog],
  'feedback360.createRound': rounds360,
  'feedback360.addRater': rounds360,
  'feedback360.removeRater': rounds360,
  'feedback360.createForms': ['feedback360.list'],
  'feedback360.importAnswers': rounds360,
  'feedback360.close': rounds360,
  'forms.importAnswers': ['forms.list', 'forms.selfReports', ...answers, ...agreements, ...trajectoryPage],
  'reports.export': ['reports.list', ...auditLog],
  'reports.discard': ['reports.list', ...auditLog],
  'demo.seed': everything,
  'backups.create': ['backups.list', 'backups.progress', ...auditLog],
  'backups.setFolder': ['backups.list', 'practice.get'],
  'backups.restore': everything,
  'exports.client': auditLog,
  'exports.clientSummary': auditLog,
  'exports.practice': auditLog,
  'erasure.erase': everything,
  'clientMode.start': ['clientMode.status', 'clientMode.questionnaire'],
  'clientMode.submit': ['clientMode.status', 'clientMode.questionnaire', ...answers, ...trajectoryPage],
  // Leaving client mode hands the screen back: nothing read in it is the practitioner's to keep.
  'clientMode.leave': everything,
} as const satisfies Record<WriteMethod, readonly ReadMethod[] | typeof everything>;

/** The reads a write changes, each once; null when it changes everything. */
export function readsChangedAfter(method: WriteMethod): readonly ReadMethod[] | null {
  const changed: readonly ReadMethod[] | typeof everything = readsChangedBy[method];
  return changed === everything ? null : [...new Set(changed)];
}
