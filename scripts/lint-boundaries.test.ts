/**
 * The layer rules of STYLE.md are enforced by lint; this proves the rules can fail.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('engine boundaries', () => {
  it('rejects React, the router and react-query in src/engine', async () => {
    const ids = await ruleIds(
      "import { useState } from 'react';\nimport { useQuery } from '@tanstack/react-query';\nimport { Link } from 'react-router';\nexport const x = [useState, useQuery, Link];\n",
      'src/engine/probe.ts',
    );
    expect(ids.filter((id) => id === 'no-restricted-imports')).toHaveLength(3);
  });

  it('rejects DOM globals and fetch in src/engine', async () => {
    const ids = await ruleIds(
      'export const x = () => [window, document, fetch("x"), globalThis.fetch];\n',
      'src/engine/probe.ts',
    );
    expect(ids).toEqual(
      expect.arrayContaining(['no-restricted-globals', 'no-restricted-properties']),
    );
    expect(ids.filter((id) => id === 'no-restricted-globals')).toHaveLength(3);
  });

  it('rejects imports from the UI layers in src/engine', async () => {
    const ids = await ruleIds(
      "import { App } from '../app/app.tsx';\nexport const x = App;\n",
      'src/engine/probe.ts',
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('allows the same code in a feature', async () => {
    const ids = await ruleIds(
      "import { useState } from 'react';\nexport const x = [useState, window];\n",
      'src/features/probe.ts',
    );
    expect(ids).toEqual([]);
  });
});

describe('feature boundaries', () => {
  it("rejects a step importing another step's module, but not the flow", async () => {
    const ids = await ruleIds(
      "import { useDiagnosis } from '../diagnosis/get-diagnosis.ts';\nexport const x = useDiagnosis;\n",
      'src/features/checks/probe.ts',
    );
    expect(ids).toContain('import-x/no-restricted-paths');
    const flow = await ruleIds(
      "import { useFlow } from '../flow/use-flow.ts';\nexport const x = useFlow;\n",
      'src/features/checks/probe.ts',
    );
    expect(flow).toEqual([]);
  });
});
