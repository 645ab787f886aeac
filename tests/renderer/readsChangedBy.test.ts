import { describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../shared/contract';
import { readMethods, vaultLifecycleMethods, type ReadMethod, type WriteMethod } from '../../renderer/src/api/methods';
import { readsChangedAfter, readsChangedBy } from '../../renderer/src/api/readsChangedBy';

const allMethods = Object.keys(contract) as MethodName[];
const reads = new Set<MethodName>(readMethods);
const lifecycle = new Set<MethodName>(vaultLifecycleMethods);
const writes = allMethods.filter((name) => !reads.has(name) && !lifecycle.has(name)) as WriteMethod[];

describe('which reads a write changes', () => {
  it('sorts every method of the contract as exactly one of read, write or vault lifecycle', () => {
    for (const name of [...reads, ...lifecycle]) expect(allMethods).toContain(name);
    expect([...reads].filter((name) => lifecycle.has(name))).toEqual([]);
    expect(Object.keys(readsChangedBy).sort()).toEqual([...writes].sort());
  });

  it('names only reads, each once', () => {
    for (const write of writes) {
      const changed = readsChangedAfter(write);
      if (changed === null) continue;
      expect(changed.filter((name) => !reads.has(name))).toEqual([]);
      expect(new Set(changed).size).toBe(changed.length);
    }
  });

  it('lets every read that can change be changed by some write', () => {
    const changedBySome = new Set(writes.flatMap((write) => readsChangedAfter(write) ?? []));
    // Answers no write in the vault changes: built-in templates, files on disk.
    const fixed: ReadMethod[] = ['noteTemplates.list', 'backups.inspect'];
    expect(readMethods.filter((read) => !changedBySome.has(read) && !fixed.includes(read))).toEqual([]);
  });

  it('asks the trajectory page and the session again after a rating, and nothing about other clients', () => {
    const changed = readsChangedAfter('goals.rate');
    expect(changed).toEqual(expect.arrayContaining(['goals.series', 'sessions.workspace', 'trajectories.detail', 'reports.preview']));
    expect(changed).not.toContain('clients.list');
    expect(changed).not.toContain('dashboard.get');
    expect(changed).not.toContain('noteTemplates.list');
  });

  it('keeps a draft being typed from being read back over itself: saving notes does not ask the workspace again', () => {
    expect(readsChangedAfter('sessions.saveNotes')).not.toContain('sessions.workspace');
    expect(readsChangedAfter('sessions.finalise')).toContain('sessions.workspace');
  });

  it('trusts nothing read before a restore, an erasure or a demo practice', () => {
    expect(readsChangedAfter('backups.restore')).toBeNull();
    expect(readsChangedAfter('erasure.erase')).toBeNull();
    expect(readsChangedAfter('demo.seed')).toBeNull();
  });

  it("marks an import preview's rows again against the clients added or changed since", () => {
    for (const write of ['clients.create', 'clients.update', 'clients.import'] as const) expect(readsChangedAfter(write)).toContain('clients.importPreview');
  });

  it('updates the client everywhere its name shows after a change of name', () => {
    expect(readsChangedAfter('clients.update')).toEqual(
      expect.arrayContaining(['clients.list', 'clients.overview', 'trajectories.list', 'trajectories.detail', 'dashboard.get', 'calendar.entries', 'search.query', 'reports.preview']),
    );
  });
});
