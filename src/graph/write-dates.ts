import { isCalendarDate, today } from '../domain/calendar';
import type { FieldProblem } from '../errors';

/**
 * The date a write records must be a real day, not in the future, and not before the record it
 * follows: the same rule for every write of the system of record.
 */
export function recordedDateProblems(on: string, path: string, notBefore: string | null = null): FieldProblem[] {
  if (!isCalendarDate(on)) return [{ path, message: 'is not a calendar date', messageZh: '不是有效日期' }];
  if (on > today()) return [{ path, message: 'must not be in the future', messageZh: '不能晚于今天' }];
  if (notBefore && on < notBefore) return [{ path, message: `must not be before ${notBefore}`, messageZh: `不能早于 ${notBefore}` }];
  return [];
}
