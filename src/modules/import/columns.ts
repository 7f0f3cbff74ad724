import 'reflect-metadata';
import { IsIn, IsNotEmpty, IsOptional } from 'class-validator';
import { ISO_DATE, isCalendarDate } from '../../domain/calendar';
import { looksLikeFormula } from '../../domain/validators';

/** How a raw cell (CSV text or an Excel value) is turned into a typed value before validation. */
export type ColumnType = 'string' | 'int' | 'number' | 'bool' | 'date' | 'list';

export interface ColumnDef {
  name: string;
  type: ColumnType;
  required: boolean;
  /** Shown in docs/data-format.md and in error messages. */
  doc: string;
  /** Unit, e.g. 亿元 or 亩. */
  unit?: string;
  /** Allowed values for enum columns. */
  allowed?: readonly string[];
  /** Dataset file whose key this column references. */
  ref?: string;
}

const COLUMNS = Symbol('import:columns');

/** A spreadsheet error value in a workbook cell (#DIV/0!, #N/A, …): reported, never read as empty. */
export class CellError {
  constructor(readonly code: string) {}
}

/**
 * Declares a dataset column on a row class and applies the validation rules the declaration already
 * states: a required column must not be empty, an optional one may be missing, and a column with
 * allowed values accepts only those (each item, for lists). Other rules go on as decorators.
 */
export function Col(
  type: ColumnType,
  doc: string,
  opts: { required?: boolean; unit?: string; allowed?: readonly string[]; ref?: string } = {},
) {
  return (target: object, property: string): void => {
    (opts.required ? IsNotEmpty() : IsOptional())(target, property);
    if (opts.allowed) IsIn([...opts.allowed], { each: type === 'list' })(target, property);
    const list = (Reflect.getMetadata(COLUMNS, target) as ColumnDef[] | undefined) ?? [];
    Reflect.defineMetadata(
      COLUMNS,
      [...list, { name: property, type, required: opts.required ?? false, doc, unit: opts.unit, allowed: opts.allowed, ref: opts.ref }],
      target,
    );
  };
}

/** Declared columns: the class's own in declaration order, then the inherited ones, `source` last. */
export function columnsOf(rowClass: new () => object): ColumnDef[] {
  const cols = (Reflect.getMetadata(COLUMNS, rowClass.prototype as object) as ColumnDef[] | undefined) ?? [];
  const inherited = (Reflect.getMetadata(COLUMNS, Object.getPrototypeOf(rowClass.prototype) as object) as ColumnDef[] | undefined) ?? [];
  const ordered = [...cols.slice(inherited.length), ...inherited];
  return [...ordered.filter((c) => c.name !== 'source'), ...ordered.filter((c) => c.name === 'source')];
}

const TRUE = new Set(['true', '1', 'yes', 'y', '是', 't']);
const FALSE = new Set(['false', '0', 'no', 'n', '否', 'f']);

/** A cell or typed value as text (cells are strings, numbers, booleans or dates). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- narrowed for no-base-to-string
  return typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean);
}

/** Coerces one cell; returns the value or a problem message. Empty cells become undefined. */
export function coerce(raw: unknown, col: ColumnDef): { value?: unknown; problem?: string } {
  if (raw === null || raw === undefined) return {};
  if (raw instanceof CellError) return { problem: `the cell holds the spreadsheet error ${raw.code}; put the value itself there` };
  if (raw instanceof Date) {
    if (col.type === 'date') return { value: raw.toISOString().slice(0, 10) };
    raw = raw.toISOString();
  }
  const text = String(raw).trim();
  if (text === '') return {};
  switch (col.type) {
    case 'string':
      if (looksLikeFormula(text))
        return { problem: `looks like a spreadsheet formula ("${text.slice(0, 20)}"); data must not start with =, +, - or @` };
      return { value: text };
    case 'int':
      return /^-?\d+$/.test(text) ? { value: Number(text) } : { problem: `must be a whole number, got "${text}"` };
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(text) ? { value: Number(text) } : { problem: `must be a number, got "${text}"` };
    case 'bool': {
      const v = text.toLowerCase();
      if (TRUE.has(v)) return { value: true };
      if (FALSE.has(v)) return { value: false };
      return { problem: `must be true or false, got "${text}"` };
    }
    case 'date': {
      if (!ISO_DATE.test(text)) return { problem: `must be a date YYYY-MM-DD, got "${text}"` };
      if (!isCalendarDate(text)) return { problem: `is not a real date: "${text}"` };
      return { value: text };
    }
    case 'list':
      return {
        value: text
          .split(/[;；]/)
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      };
  }
}
