// Run by firstReport.ts in a process of its own: unlock, then time one report; prints the milliseconds
// it took and those spent on the processor.
import { createCore } from '../../electron/core/index';

const [vaultDir, trajectoryId] = process.argv.slice(2);
const core = createCore(vaultDir!);
const unlocked = await core.dispatch('vault.unlock', { passphrase: process.env['TRAJECT_PASSPHRASE'] ?? '' });
if (!unlocked.ok) throw new Error(unlocked.error.message);
const started = performance.now();
const cpuBefore = process.cpuUsage();
const report = await core.dispatch('reports.export', { trajectoryId: Number(trajectoryId), audience: { kind: 'joint' } });
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
if (!report.ok) throw new Error(report.error.message);
core.vault.lock();
process.stdout.write(`${ms} ${(cpu.user + cpu.system) / 1000}\n`);
