/**
 * What a refused input is told: one issue per problem, at its field's path. Zod-free, so the app
 * can word a problem without loading the schemas (README, Method: Speed); validate.ts makes the
 * issues from zod's.
 */
export interface FieldIssue {
  /** Dotted path to the field; '' for the document itself. */
  path: string;
  message: string;
  /**
   * What went wrong, for a UI that words it in the field's own unit (per cent, say): a bound
   * (`too_small` / `too_big` with `limit`), or a rule of the schema (`rule`).
   */
  detail?:
    | { kind: 'too_small' | 'too_big'; limit: number }
    | { kind: 'rule'; rule: string }
    | { kind: 'type'; expected: string };
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** `path: message`, one line per issue, for the CLI and for import errors. */
export function describeIssues(issues: readonly FieldIssue[]): string[] {
  return issues.map((i) => `${i.path === '' ? '(document)' : i.path}: ${i.message}`);
}
