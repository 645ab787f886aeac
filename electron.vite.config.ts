import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import rendererConfig from './renderer/vite.config';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** Compiled for Node or for Electron: never bundled, always loaded from node_modules (unpacked from the asar). */
const nativeModules = ['better-sqlite3-multiple-ciphers'];

export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('out/main'),
      externalizeDeps: true,
      rolldownOptions: {
        // index: the main process; core: the core process it starts as a utility process (electron/shell/coreProcess.ts).
        input: { index: fromRoot('electron/shell/main.ts'), core: fromRoot('electron/core/worker/entry.ts') },
        external: nativeModules,
      },
    },
  },
  preload: {
    build: {
      outDir: fromRoot('out/preload'),
      // A sandboxed preload cannot load modules: one self-contained CommonJS file that only requires 'electron'.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('electron/shell/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  // The renderer's own config (plugins, base, target); only where the files come from and go to differs.
  renderer: {
    ...rendererConfig,
    root: fromRoot('renderer'),
    build: {
      ...rendererConfig.build,
      outDir: fromRoot('out/renderer'),
      emptyOutDir: true,
      rolldownOptions: { input: fromRoot('renderer/index.html') },
    },
  },
});
