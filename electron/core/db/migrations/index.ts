import type Database from 'better-sqlite3-multiple-ciphers';
import { practiceAndClients } from './0001_practiceAndClients';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** In order; a migration's version is its position, starting at 1. Never edit a released one. */
export const migrations: readonly Migration[] = [practiceAndClients];
