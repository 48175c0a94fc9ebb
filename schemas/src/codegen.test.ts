import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain-JS generator script without type declarations
import { generate, outputFile } from '../scripts/codegen.mjs';

describe('generated record types', () => {
  it('matchesTheAvscFiles (run `npm run generate -w @spike/schemas` when this fails)', () => {
    expect(readFileSync(outputFile as string, 'utf8')).toBe((generate as () => string)());
  });
});
