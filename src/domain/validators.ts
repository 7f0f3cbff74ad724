import { registerDecorator, ValidationOptions } from 'class-validator';
import { usccProblem } from './uscc';

/** class-validator rule: a valid 统一社会信用代码 (GB 32100-2015, check character verified). */
export function IsUscc(options?: ValidationOptions) {
  return (object: object, propertyName: string): void => {
    registerDecorator({
      name: 'isUscc',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate: (v: unknown) => typeof v === 'string' && usccProblem(v) === undefined,
        defaultMessage: (args) => `invalid USCC: ${usccProblem(String(args?.value ?? '')) ?? 'not a string'}`,
      },
    });
  };
}
