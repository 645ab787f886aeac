import type Database from 'better-sqlite3-multiple-ciphers';
import { practiceAndClients } from './0001_practiceAndClients';
import { practiceWorkflow } from './0002_practiceWorkflow';
import { searchIndex } from './0003_searchIndex';
import { questionnaires } from './0004_questionnaires';
import { reportExports } from './0005_reportExports';
import { auditAndErasures } from './0006_auditAndErasures';
import { sealedForms } from './0007_sealedForms';
import { practitionerDay } from './0008_practitionerDay';
import { reportExportPeriod } from './0009_reportExportPeriod';
import { checkInQuestionnaires } from './0010_checkInQuestionnaires';
import { feedback360 } from './0011_feedback360';
import { clientListIndex } from './0012_clientListIndex';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** In order; a migration's version is its position, starting at 1. Never edit a released one. */
export const migrations: readonly Migration[] = [practiceAndClients, practiceWorkflow, searchIndex, questionnaires, reportExports, auditAndErasures, sealedForms, practitionerDay, reportExportPeriod, checkInQuestionnaires, feedback360, clientListIndex];
