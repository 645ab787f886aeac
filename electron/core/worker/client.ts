import type { Result } from '../../../shared/errors';
import type { Dispatch } from '../dispatch';
import type { LockReason } from '../vault/vault';
import { coreAnswerSchema, coreStopped, notPlainData, type CorePort, type CoreRequest, type CoreStartOptions } from './protocol';

/** A running core process as the shell sees it: Electron's utility process, or a Node child in the tests. */
export interface CoreProcess extends CorePort<CoreRequest> {
  onExit(listener: (exitCode: number | null) => void): void;
  kill(): void;
}

export interface CoreClient {
  /** The same dispatch as in-process: one answer per call, an error value, never a throw. */
  dispatch: Dispatch;
  /** Lock the vault (screen lock, sleep, quit); resolves once it is locked, or at once when no core runs. */
  lock(reason: LockReason): Promise<void>;
  stop(): void;
}

interface Running {
  process: CoreProcess;
  ready: boolean;
  queue: CoreRequest[];
  pending: Map<number, (result: Result<unknown>) => void>;
}

/**
 * The shell's side of the core process. The process starts at the first call; when it ends, every
 * call still waiting gets a clear error, and the next call starts a fresh one (its vault locked).
 */
export function connectCore(startProcess: () => CoreProcess, options: CoreStartOptions): CoreClient {
  let running: Running | null = null;
  let nextId = 1;

  function start(): Running {
    const process = startProcess();
    const run: Running = { process, ready: false, queue: [], pending: new Map() };
    running = run;
    process.onMessage((raw) => {
      const parsed = coreAnswerSchema.safeParse(raw);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.kind === 'ready') {
        if (run.ready) return;
        run.ready = true;
        process.send({ kind: 'start', options });
        for (const request of run.queue.splice(0)) send(run, request);
        return;
      }
      const settle = run.pending.get(message.id);
      run.pending.delete(message.id);
      settle?.(message.result);
    });
    process.onExit((exitCode) => {
      if (running === run) running = null;
      for (const settle of run.pending.values()) settle({ ok: false, error: coreStopped(exitCode) });
      run.pending.clear();
    });
    return run;
  }

  function send(run: Running, request: CoreRequest): void {
    try {
      run.process.send(request);
    } catch {
      if (request.kind === 'start') return;
      const settle = run.pending.get(request.id);
      run.pending.delete(request.id);
      settle?.({ ok: false, error: notPlainData });
    }
  }

  function request(run: Running, make: (id: number) => CoreRequest): Promise<Result<unknown>> {
    const id = nextId++;
    return new Promise((settle) => {
      run.pending.set(id, settle);
      const message = make(id);
      if (run.ready) send(run, message);
      else run.queue.push(message);
    });
  }

  return {
    dispatch: (method, input) => request(running ?? start(), (id) => ({ kind: 'call', id, method, input })),
    async lock(reason) {
      if (running) await request(running, (id) => ({ kind: 'lock', id, reason }));
    },
    stop() {
      running?.process.kill();
    },
  };
}
