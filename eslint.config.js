// One flat config for the whole project. The engine rules are the ones that matter most:
// src/engine must run unchanged in Node, a browser and a Web Worker, so it may not import the
// UI stack or touch browser globals (STYLE.md, "The shape").
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';

const uiPackages = [
  { name: 'react', message: 'src/engine is pure TypeScript: no React.' },
  { name: 'react-dom', message: 'src/engine is pure TypeScript: no React.' },
  { name: 'react-dom/client', message: 'src/engine is pure TypeScript: no React.' },
  { name: 'react-router', message: 'src/engine is pure TypeScript: no router.' },
  { name: 'react-router-dom', message: 'src/engine is pure TypeScript: no router.' },
];

const browserGlobals = [
  'window',
  'document',
  'fetch',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'XMLHttpRequest',
  'WebSocket',
  'history',
].map((name) => ({
  name,
  message: `src/engine runs in Node and workers too: no "${name}". Take what you need as a parameter (a Resolver, a fetch function).`,
}));

// The wizard's step features reach each other only through the flow (features/flow): what a
// step needs of the diagnosis is the flow's, not another step's module. Shared folders (flow,
// wizard, settings, dns, focus, export, workers) are open to all. Two uses are allowed by name: the
// checklist shows the checks' results with their badge, and links through the safe-URL filter.
const STEP_FEATURES = ['paste', 'diagnosis', 'sender', 'checks', 'checklist', 'how-it-decides'];
const STEP_ALLOWED = {
  checklist: [
    './src/features/checks/status-badge.tsx',
    './src/features/checks/use-check-run.ts',
    './src/features/checks/checks.css',
    './src/features/diagnosis/safe-url.ts',
  ],
};
const stepZones = STEP_FEATURES.flatMap((step) =>
  STEP_FEATURES.filter((other) => other !== step).map((other) => ({
    target: `./src/features/${step}`,
    from: `./src/features/${other}`,
    except: (STEP_ALLOWED[step] ?? [])
      .filter((path) => path.startsWith(`./src/features/${other}/`))
      .map((path) => `./${path.slice(`./src/features/${other}/`.length)}`),
    message: `The ${step} step may not import the ${other} step's modules: go through features/flow.`,
  })),
);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-embed/**',
      'dist-engine/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      // Imports point one way only: app -> features -> engine.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/engine',
              from: ['./src/features', './src/app', './src/embed'],
              message: 'The engine may not import from the UI layers.',
            },
            {
              target: './src/features',
              from: ['./src/app', './src/embed'],
              message: 'Features may not import from the app layer.',
            },
            ...stepZones,
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: uiPackages,
          patterns: [
            { group: ['@tanstack/*'], message: 'src/engine is pure TypeScript: no react-query.' },
            { group: ['*.tsx'], message: 'src/engine holds no JSX.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'globalThis', property: 'fetch', message: 'Inject fetch; do not reach for it.' },
        { object: 'globalThis', property: 'window', message: 'No DOM in the engine.' },
        { object: 'globalThis', property: 'document', message: 'No DOM in the engine.' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
