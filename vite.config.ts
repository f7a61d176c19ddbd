/// <reference types="vitest/config" />
import { defineConfig, mergeConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { cspPlugin } from './scripts/csp.ts';
import { embedBuild } from './scripts/embed-build.ts';

const appConfig: UserConfig = {
  base: './',
  plugins: [react()],
  resolve: {
    alias: [
      // @kenjiuno/msgreader pulls in iconv-lite, which needs Node's Buffer: see the shim.
      {
        find: /^iconv-lite$/,
        replacement: fileURLToPath(new URL('./src/features/paste/iconv-shim.ts', import.meta.url)),
      },
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Rolldown's constant inlining copies tldts's 68 KB label string into each place that reads
    // it: the Public Suffix List chunk was 117 KB gzip with it, 50 KB without; nothing else
    // changed by more than 0.1 KB (docs/decisions/010).
    rolldownOptions: { optimization: { inlineConst: false } },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
};

// `vite build --mode embed`: the <bounce-doctor> embed, built from this same config.
// Each build writes the Content-Security-Policy into its own pages (scripts/csp.ts).
export default defineConfig(({ mode }) =>
  mode === 'embed'
    ? mergeConfig(appConfig, embedBuild())
    : mergeConfig(appConfig, { plugins: [cspPlugin({ 'embed-demo.html': 'demo' })] }),
);
