import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configTable } from '@spike/runtime';

/** Table rows with cell padding collapsed, as prettier aligns markdown tables. */
function normalisedRows(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.replace(/\s+/g, ' ').replace(/-{3,}/g, '---'));
}

describe('README', () => {
  it('documentsEveryConfigurationVariableExactlyAsTheSchemaDeclaresIt', () => {
    const readme = normalisedRows(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'));
    for (const row of normalisedRows(configTable())) expect(readme).toContain(row);
  });
});
