/**
 * A schema's complaint about one field, in the UI language and the field's own unit: a share
 * shown in per cent is told "100 % or less", not "1 or less".
 */
import type { FieldIssue } from '../../engine/index.ts';
import { formatNumber } from '../format/yen.ts';
import type { Lang } from '../i18n/lang.ts';
import { isPercent, type Unit } from './fields.ts';
import { wordsOf } from '../i18n/catalogue.ts';
import { INPUT_MESSAGES, type InputMessageKey } from './messages.ts';

/** In `lang`, the same language as the limit's digits. */
export function fieldMessage(issue: FieldIssue, unit: Unit | null, lang: Lang): string {
  const t = wordsOf(INPUT_MESSAGES, lang);
  const detail = issue.detail;
  if (!detail) return issue.message;
  if (detail.kind === 'too_small' || detail.kind === 'too_big') {
    const percent = unit !== null && isPercent(unit);
    const limit = formatNumber(percent ? detail.limit * 100 : detail.limit, lang, 2);
    const unitText = unit === null ? '' : t(`unit.${unit}`);
    return t(detail.kind === 'too_small' ? 'atLeast' : 'atMost', { limit, unit: unitText });
  }
  if (detail.kind === 'rule') {
    const key = `rule.${detail.rule}` as InputMessageKey;
    return t(key) ?? issue.message;
  }
  if (detail.kind !== 'type') return issue.message;
  if (detail.expected === 'int') return t('wholeNumber');
  if (detail.expected === 'number') return t('notANumber');
  return issue.message;
}
