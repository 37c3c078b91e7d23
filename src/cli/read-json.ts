/** Reading a JSON document from disk for the command-line tools, with a one-line error. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Parsed } from '../engine/index.ts';

export class UsageError extends Error {}

export function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new UsageError(`${file}: cannot read the file (${reason})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

/** Parses a document or throws one line per problem, each naming the file and the field. */
export function readDocument<T>(file: string, parse: (input: unknown) => Parsed<T>): T {
  const parsed = parse(readJson(file));
  if (parsed.ok) return parsed.value;
  throw new UsageError(
    parsed.issues
      .map((i) => `${file}: ${i.path === '' ? '(document)' : i.path}: ${i.message}`)
      .join('\n'),
  );
}

/** Runs a command; usage errors exit 2 with their message and no stack trace. */
export async function runCli(main: () => string | Promise<string>): Promise<void> {
  try {
    process.stdout.write(`${await main()}\n`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  }
}

export function parseCount(
  name: string,
  text: string | undefined,
  fallback: number,
  max: number,
): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new UsageError(`--${name}: expected a whole number from 0 to ${max}, got "${text}"`);
  }
  return value;
}

/**
 * The command line's options, each a string (`--name value`); an unknown option or a missing
 * value is a usage error that ends with the usage line.
 */
export function parseOptions<const Name extends string>(
  names: readonly Name[],
  usage: string,
  allowPositionals = false,
): { values: Partial<Record<Name, string>>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals,
      options: Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
    });
    return { values: values as Partial<Record<Name, string>>, positionals };
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage}`);
  }
}
