/** The parts of Settings, in the order the sub-menu shows them. */
export const settingsPages = ['general', 'backups', 'key', 'logbook', 'retention', 'practiceExport'] as const;
export type SettingsPage = (typeof settingsPages)[number];
