import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/shared/csp';

/**
 * Ships drizzle-kit's SQL migrations and the Typst document templates beside the bundled main
 * process (out/main/migrations, out/main/templates).
 */
function copyMigrations(): Plugin {
  return {
    name: 'jobsmith:copy-migrations',
    closeBundle() {
      cpSync(resolve('src/main/core/db/migrations'), resolve('out/main/migrations'), { recursive: true });
      cpSync(resolve('src/main/core/documents/templates'), resolve('out/main/templates'), { recursive: true });
    },
  };
}

/** The built renderer carries its CSP in a meta tag too (file:// pages get no response headers). */
function cspMeta(): Plugin {
  return {
    name: 'jobsmith:csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

export default defineConfig({
  main: {
    plugins: [copyMigrations()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          // The CV parser runs in a worker thread (see src/main/core/profile/import/run-import-worker.ts).
          'import-worker': resolve('src/main/core/profile/import/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // The sandboxed preload cannot require node_modules: bundle zod and the contract into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    plugins: [react(), tailwindcss(), cspMeta()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      cssMinify: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
