/** Reading and writing JSON Lines files for the CLI (stdin/stdout when no file is given). */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';

export interface JsonlLine {
  lineNumber: number;
  value: unknown;
}

export class JsonlError extends Error {
  override name = 'JsonlError';
  constructor(
    readonly lineNumber: number,
    message: string,
  ) {
    super(`line ${lineNumber}: ${message}`);
  }
}

/** Yields each non-blank line parsed as JSON; a line that is not JSON throws JsonlError with its number. */
export async function* readJsonl(path: string | undefined): AsyncGenerator<JsonlLine> {
  const input = path ? createReadStream(path, 'utf8') : process.stdin;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    try {
      yield { lineNumber, value: JSON.parse(line) as unknown };
    } catch (error) {
      throw new JsonlError(lineNumber, `not JSON: ${(error as Error).message}`);
    }
  }
}

export function openOutput(path: string | undefined): Writable {
  return path ? createWriteStream(path, 'utf8') : process.stdout;
}

/** Writes and waits when the stream asks for it, so large outputs do not pile up in memory. */
export async function writeLine(out: Writable, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

export async function closeOutput(out: Writable): Promise<void> {
  if (out === process.stdout) return;
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
