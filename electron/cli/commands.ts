import type { Core } from '../core/index';
import { dataCommands } from './dataCommands';
import { dayCommands } from './dayCommands';
import { demoCommand } from './demoCommand';
import { answersCommand, formCommand } from './formCommands';
import { reportCommand } from './reportCommand';

/** Commands beyond the basics (demo, report): each declares its options and runs on an unlocked core. */
export interface CliCommand {
  name: string;
  usage: string;
  options: Record<string, { type: 'string' | 'boolean' }>;
  run(args: {
    vaultDir: string;
    values: Record<string, string | boolean | undefined>;
    positionals: string[];
    unlock(): Promise<Core>;
  }): Promise<number>;
}

export const cliCommands: CliCommand[] = [demoCommand, reportCommand, ...dataCommands, formCommand, answersCommand, ...dayCommands];
