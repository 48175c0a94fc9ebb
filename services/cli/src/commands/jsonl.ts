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

/** A file that cannot be written: the path and the system's reason. */
export class OutputError extends Error {
  override name = 'OutputError';
  constructor(
    readonly path: string,
    cause: Error,
  ) {
    super(`cannot write ${path}: ${cause.message}`);
  }
}

/**
 * Opens `path` for writing (stdout when none) once the file is open: a path that cannot be
 * written (a directory, a missing folder, no permission) rejects with OutputError instead of
 * crashing the process with the stream's unhandled 'error' event.
 */
export async function openOutput(path: string | undefined): Promise<Writable> {
  if (!path) return process.stdout;
  const out = createWriteStream(path, 'utf8');
  await new Promise<void>((resolve, reject) => {
    out.once('open', () => resolve());
    out.once('error', (error) => reject(new OutputError(path, error)));
  });
  return out;
}

/** Writes and waits when the stream asks for it, so large outputs do not pile up in memory. */
export async function writeLine(out: Writable, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

export async function closeOutput(out: Writable): Promise<void> {
  if (out === process.stdout) return;
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
