import { Matches, registerDecorator, ValidationOptions } from 'class-validator';
import { usccProblem } from './uscc';

/**
 * The domain's identifier rules, one decorator each, used by the API's arguments and the importer's
 * row classes alike. Messages start with `$property` (class-validator fills in the field name); the
 * importer drops that prefix because its report line names the column already.
 */

/** Industry chain and chain link codes, e.g. NE, NE-CELL. */
export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,39}$/;
/** Identifiers of parks, projects, teams, chambers, people… */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** The Chinese of each rule's message (after the field name), for `messageZh`: 「{字段}须为…」. */
export const RULE_ZH = new Map<string, string>();

const rule =
  (pattern: RegExp, message: string, zh: string) =>
  (options?: ValidationOptions): PropertyDecorator => {
    RULE_ZH.set(message, zh);
    return Matches(pattern, { message: `$property ${message}`, ...options });
  };

/** An industry chain or chain link code (产业链/环节编码). */
export const IsCode = rule(
  CODE_PATTERN,
  'must be upper-case letters, digits, - or _ (max 40)',
  '须为大写字母、数字、- 或 _（最多 40 个字符）',
);
/** A record identifier (parks, projects, teams, chambers, people). */
export const IsEntityId = rule(ID_PATTERN, 'must be letters, digits, - or _ (max 64)', '须为字母、数字、- 或 _（最多 64 个字符）');
/** A GB/T 2260 six-digit division code (province 350000, city 350500, county 350583). */
export const IsCityCode = rule(/^\d{6}$/, 'must be a six-digit GB/T 2260 code', '须为 6 位行政区划代码（GB/T 2260，如 350583）');
/** A province: the first two digits of a GB/T 2260 code (44 广东). */
export const IsProvinceCode = rule(
  /^\d{2}$/,
  'must be two digits (the province part of a GB/T 2260 code, e.g. 44)',
  '须为 2 位省级代码（行政区划代码前两位，如 44）',
);
/** A nine-digit township code (镇/街道). */
export const IsTownCode = rule(/^\d{9}$/, 'must be a nine-digit township code', '须为 9 位乡镇（街道）代码');
/** An ISO 3166-1 alpha-2 country code. */
export const IsCountryCode = rule(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166 code', '须为两位大写国家代码（ISO 3166，如 SG）');

/** class-validator rule: a valid 统一社会信用代码 (GB 32100-2015, check character verified). */
export function IsUscc(options?: ValidationOptions) {
  return (object: object, propertyName: string): void => {
    registerDecorator({
      name: 'isUscc',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate: (v: unknown, args) => {
          if (typeof v !== 'string') return false;
          // USCCs are written in upper case; a lower-case one is the same code. Normalised here, where every
          // USCC argument and imported cell is checked, so the rest of the code sees one spelling.
          const upper = v.trim().toUpperCase();
          if (args && upper !== v) {
            const obj = args.object as Record<string, unknown>;
            const held = obj[args.property];
            obj[args.property] = Array.isArray(held)
              ? (held as unknown[]).map((x) => (typeof x === 'string' ? x.trim().toUpperCase() : x))
              : upper;
          }
          return usccProblem(upper) === undefined;
        },
        defaultMessage: (args) => {
          // With { each: true } the value is the whole list: name the first bad element and its position.
          const value: unknown = args?.value;
          if (Array.isArray(value)) {
            const i = value.findIndex((x) => typeof x !== 'string' || usccProblem(x.trim().toUpperCase()) !== undefined);
            const x: unknown = value[i];
            return `invalid USCC at [${i}] ${typeof x === 'string' ? x : ''}: ${typeof x === 'string' ? usccProblem(x.trim().toUpperCase()) : 'not a string'}`;
          }
          return `invalid USCC: ${typeof value === 'string' ? (usccProblem(value.trim().toUpperCase()) ?? '') : 'not a string'}`;
        },
      },
    });
  };
}

/**
 * Text a spreadsheet would run as a formula when the data is exported or opened again (CSV injection):
 * a leading =, @, or + / - before something that is not a number, and the tab or carriage-return
 * tricks. One rule for the API's writes and the importer's cells alike.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=@\t\r]/.test(text) || /^[+-](?![\d.]+$)/.test(text);
}

/** class-validator rule: free text that a spreadsheet would not run as a formula (each element of a list too). */
export function IsPlainText(options?: ValidationOptions) {
  return (object: object, propertyName: string): void => {
    registerDecorator({
      name: 'isPlainText',
      target: object.constructor,
      propertyName,
      options: { message: '$property must not start with =, +, - or @ (a spreadsheet would run it as a formula)', ...options },
      validator: { validate: (v: unknown) => typeof v !== 'string' || !looksLikeFormula(v.trim()) },
    });
  };
}
