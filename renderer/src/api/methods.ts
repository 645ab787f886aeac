import type { MethodName } from '../../../shared/contract';

/**
 * Methods that open, close or keep the vault alive. They never go through the data cache:
 * the cache only exists while the vault is unlocked.
 */
export const vaultLifecycleMethods = ['vault.status', 'vault.create', 'vault.unlock', 'vault.lock', 'vault.touch', 'vault.recover'] as const satisfies readonly MethodName[];

/** Methods that only read: their answers are cached by method and input. */
export const readMethods = [
  'practice.get',
  'clients.list',
  'clients.get',
  'clients.overview',
  'clients.importPreview',
  'trajectories.list',
  'trajectories.get',
  'trajectories.detail',
  'trajectories.audienceView',
  'checkIns.get',
  'sessions.list',
  'sessions.get',
  'sessions.overlaps',
  'sessions.nextFreeSlot',
  'sessions.previewSeries',
  'sessions.history',
  'sessions.workspace',
  'calendar.entries',
  'noteTemplates.list',
  'agreements.list',
  'agreements.history',
  'agreements.overdue',
  'goals.list',
  'goals.series',
  'repairPlans.list',
  'repairPlans.get',
  'dashboard.get',
  'search.query',
  'questionnaires.list',
  'questionnaires.get',
  'questionnaires.responses',
  'questionnaires.scoreSeries',
  'questionnaires.groupFigures',
  'questionnaires.anonymity',
  'forms.list',
  'forms.selfReports',
  'feedback360.list',
  'feedback360.result',
  'reports.options',
  'reports.preview',
  'reports.list',
  'backups.list',
  'backups.progress',
  'backups.inspect',
  'audit.list',
  'audit.verify',
  'erasure.check',
  'retention.list',
  'clientMode.status',
  'clientMode.questionnaire',
] as const satisfies readonly MethodName[];

export type VaultLifecycleMethod = (typeof vaultLifecycleMethods)[number];
export type ReadMethod = (typeof readMethods)[number];
/** Everything else changes something in the vault (or records that something left it). */
export type WriteMethod = Exclude<MethodName, ReadMethod | VaultLifecycleMethod>;
