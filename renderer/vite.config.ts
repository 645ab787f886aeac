import react from '@vitejs/plugin-react';
// eslint-disable-next-line no-restricted-imports -- this file runs in Node at build time, never in the renderer
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

// import.meta.url, not import.meta.dirname: electron-vite also loads this file and rewrites only the former.
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The dev server injects inline scripts and styles for hot reload; the CSP meta tag stays in every build. */
function cspOnlyInBuild(): Plugin {
  return {
    name: 'traject-csp-only-in-build',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
  };
}

export default defineConfig({
  root: here('.'),
  // Relative asset paths: the same build loads from file:// in Electron and from the loopback host.
  base: './',
  plugins: [react(), cspOnlyInBuild()],
  resolve: {
    // The dialogs' scroll lock would inject <style> tags, which the CSP blocks; see the stand-in.
    alias: { 'react-style-singleton': here('./src/vendor/styleSingleton.ts') },
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: false,
    // Loaded from disk or loopback, never over a network: one bundle is fine.
    chunkSizeWarningLimit: 1024,
  },
});
