import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * Calendar days as the graph stores them: ISO dates (YYYY-MM-DD) in UTC. One definition of "today",
 * of a valid day and of day arithmetic, for the API's arguments, the importer and the models.
 */

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today in UTC, as an ISO date. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Whether `s` is an ISO date naming a day that exists (2022-02-30 does not). */
export function isCalendarDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The ISO date `n` days after `day` (before, when negative). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

/** class-validator rule: a calendar day written YYYY-MM-DD. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (object: object, propertyName: string | symbol): void => {
    registerDecorator({
      name: 'isCalendarDate',
      target: object.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be a calendar date written YYYY-MM-DD', ...options },
      validator: { validate: (v: unknown) => typeof v === 'string' && isCalendarDate(v) },
    });
  };
}
