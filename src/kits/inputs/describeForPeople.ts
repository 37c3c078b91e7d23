/**
 * An import's or a link's problems for the person who sent it: the field's label, its path (so
 * the file can be fixed) and what is expected, in the UI language and the field's unit.
 */
import type { FieldIssue, Scenario } from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { fieldLabel } from './fieldLabel.ts';
import { fieldMessage } from './fieldMessage.ts';
import { unitOf } from './fields.ts';

export function describeForPeople(
  issues: readonly FieldIssue[],
  scenario: Scenario,
  lang: Lang,
): string[] {
  return issues.map((issue) => {
    if (issue.path === '') return fieldMessage(issue, null, lang);
    // Documents wrap the scenario in an envelope: its fields are under `scenario.`.
    const inner = issue.path.replace(/^scenario\./, '');
    const label = fieldLabel(inner.replace(/\.(low|mode|high)$/, ''), scenario, lang);
    const message = fieldMessage(issue, unitOf(inner), lang);
    return label === inner ? `${issue.path}: ${message}` : `${label} (${issue.path}): ${message}`;
  });
}
