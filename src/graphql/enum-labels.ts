import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  GraphQLEnumType,
  GraphQLField,
  GraphQLList,
  GraphQLNonNull,
  GraphQLSchema,
  GraphQLString,
  isEnumType,
  isListType,
  isObjectType,
} from 'graphql';

const CJK = /[\u4e00-\u9fff]/;

/**
 * The Chinese label of an enum value, read from its description — the one place every value's Chinese
 * is written (graphql/enum-registry.ts and each feature's registerEnumType): `English (中文)`, `中文: English`
 * or `中文`. null when the description has none (a test fails on any such value).
 */
export function labelOfDescription(description: string | null | undefined): string | null {
  if (!description) return null;
  const trailing = /[（(]([^()（）]*[\u4e00-\u9fff][^()（）]*)[)）]\s*\.?\s*$/.exec(description);
  if (trailing) return trailing[1].trim();
  const leading = /^([^:：(（]*[\u4e00-\u9fff][^:：(（]*)\s*[:：(（]/.exec(description);
  if (leading) return leading[1].trim();
  return CJK.test(description) && !/[A-Za-z]{3,}/.test(description) ? description.trim() : null;
}

/** The label field's name: `stage` → `stageLabel`; a list `disposals` → `disposalLabels`. */
export const labelFieldName = (field: string, list: boolean): string => (list ? `${field.replace(/s$/, '')}Labels` : `${field}Label`);

/**
 * One naming rule for every enum the API returns: beside each object field of an enum type, a
 * `<field>Label` (lists: `<field>Labels`) in Chinese, unless the type already has it. The value is read
 * through the field's own resolver, so its access rule applies to the label too.
 */
export function addEnumLabels(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const fields = type.getFields();
    for (const field of Object.values(fields)) {
      const enumType = getNamedType(field.type);
      if (!isEnumType(enumType) || field.args.length > 0) continue;
      const list = isListType(getNullableType(field.type));
      const name = labelFieldName(field.name, list);
      if (fields[name]) continue;
      fields[name] = labelField(name, field, enumType, list);
    }
  }
}

function labelField(
  name: string,
  of: GraphQLField<unknown, unknown>,
  enumType: GraphQLEnumType,
  list: boolean,
): GraphQLField<unknown, unknown> {
  const labels = new Map(enumType.getValues().map((v) => [v.value as unknown, labelOfDescription(v.description) ?? v.name]));
  const read = of.resolve ?? defaultFieldResolver;
  const label = (v: unknown): string | null =>
    v === null || v === undefined ? null : (labels.get(v) ?? (typeof v === 'string' ? v : null));
  return {
    name,
    description: `\`${of.name}\` in Chinese (中文标签).`,
    type: list ? new GraphQLList(new GraphQLNonNull(GraphQLString)) : GraphQLString,
    args: [],
    resolve: async (source, _args, context, info) => {
      const value = await read(source, {}, context, { ...info, fieldName: of.name });
      return list ? (Array.isArray(value) ? value.map(label) : null) : label(value);
    },
    deprecationReason: undefined,
    extensions: {},
    astNode: undefined,
  };
}
