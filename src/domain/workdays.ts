import { isWorkday } from 'chinese-days';
import calendarData from 'chinese-days/dist/chinese-days.json';
import { addDays } from './calendar';

/**
 * Chinese working days (工作日): weekends off, the official public holidays off and the make-up
 * working days (调休) on, from the State Council's yearly schedule as the `chinese-days` package
 * keeps it. A year the package does not know yet is counted with weekends only; `knownThrough`
 * says which year that is, so an answer can say how sure it is.
 */
export interface WorkCalendar {
  isWorkday(day: string): boolean;
  /** The last year whose official schedule is known. */
  knownThrough: number;
}

const lastYear = Math.max(
  ...Object.keys((calendarData as { holidays: Record<string, string> }).holidays).map((d) => Number(d.slice(0, 4))),
);

export const CHINESE_WORKDAYS: WorkCalendar = {
  isWorkday: (day) => isWorkday(day),
  knownThrough: lastYear,
};

/** The `n`-th working day after `day` (before it when n < 0); `day` itself is not counted; n = 0 gives `day`. */
export function addWorkdays(calendar: WorkCalendar, day: string, n: number): string {
  const step = n < 0 ? -1 : 1;
  let d = day;
  for (let left = Math.abs(n); left > 0;) {
    d = addDays(d, step);
    if (calendar.isWorkday(d)) left -= 1;
  }
  return d;
}

/** `day` when it is a working day, else the next one. */
export function onOrAfterWorkday(calendar: WorkCalendar, day: string): string {
  return calendar.isWorkday(day) ? day : addWorkdays(calendar, day, 1);
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workdaysBetween(calendar: WorkCalendar, from: string, to: string): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (calendar.isWorkday(d)) n += 1;
  return n;
}
