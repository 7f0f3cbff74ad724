import { getMetadataStorage, ValidationError } from 'class-validator';
import { RULE_ZH } from '../domain/validators';

/**
 * The Chinese sentence for each input problem (extensions.fields[].messageZh and messageZh): what
 * is wrong with which field, with the bounds that apply — 「每页条数须在 1 到 100 之间」 — not a code.
 */

/** Chinese names of the arguments and input fields; others are shown as written, in 「」. */
const FIELD_ZH: Record<string, string> = {
  first: '每页条数',
  after: '翻页游标',
  k: '推荐数量',
  id: '编号',
  ids: '编号',
  uscc: '统一社会信用代码',
  investorUscc: '投资方统一社会信用代码',
  name: '名称',
  nameContains: '名称关键词',
  text: '搜索文字',
  code: '编码',
  industryCode: '产业链编码',
  chainLinkCode: '环节编码',
  linkCodes: '环节编码',
  cityCode: '城市代码',
  nativeCityCode: '籍贯城市代码',
  hasNativeExecutive: '「有南安籍高管」条件',
  hasChamberMember: '「有商会会员」条件',
  overseasChinese: '「华侨华人」条件',
  isTarget: '「目标企业」条件',
  isLocal: '「本地企业」条件',
  provinceCode: '省份代码',
  townCode: '镇街代码',
  countryCode: '国家代码',
  parkId: '园区编号',
  projectId: '项目编号',
  personId: '人员编号',
  teamId: '专班编号',
  chamberId: '商会编号',
  defaultId: '违约事项编号',
  amountYi: '投资额（亿元）',
  amountMin: '最低投资额',
  amountMax: '最高投资额',
  revenueYi: '营收（亿元）',
  revenueMin: '最低营收',
  revenueMax: '最高营收',
  landBudgetMu: '用地预算（亩）',
  landNeedMu: '用地需求（亩）',
  availableLandMin: '最少可用地',
  weights: '权重',
  maxHops: '最大跳数',
  horizonDays: '预测天数',
  expectedVersion: '版本号',
  requestId: '请求编号',
  stage: '阶段',
  stages: '阶段',
  status: '状态',
  statuses: '状态',
  mode: '模式',
  kind: '类别',
  role: '角色',
  on: '日期',
  asOf: '截至日期',
  from: '开始日期',
  to: '结束日期',
  dueOn: '到期日',
  nextOn: '下次跟进日',
  deadline: '截止日期',
  note: '备注',
  notes: '备注',
  title: '标题',
  description: '说明',
  reason: '原因',
  nextStep: '下一步',
  resolution: '处置结果',
  disposal: '处置方式',
  owner: '负责人',
  actor: '操作人',
  operation: '操作',
  entityKey: '对象编号',
  mustInclude: '必选企业',
  exclude: '排除企业',
  targets: '目标企业',
  portfolio: '组合',
  orderBy: '排序',
  filter: '筛选条件',
  input: '输入',
  query: '查询语句',
  variables: '变量',
  count: '数量',
  template: '审批模板',
  progress: '办理进度',
  workdays: '办理时限（工作日）',
  startedOn: '启动日期',
  doneOn: '办结日期',
};

/** 「每页条数」, 「必选企业第 2 项」 or 「foo」 for a dotted path such as `input.mustInclude.1`. */
export function fieldLabelZh(path: string): string {
  const parts = path.split('.');
  let last = parts.length - 1;
  const index = /^\d+$/.test(parts[last] ?? '') ? Number(parts[last--]) : undefined;
  const name = parts[last] ?? path;
  const label = FIELD_ZH[name] ?? `「${name}」`;
  return index === undefined ? label : `${label}第 ${index + 1} 项`;
}

/** Every constraint declared on a property: name → its arguments (min and max together make a range). */
type Declared = Map<string, unknown[]>;

function declaredOn(target: object | undefined, property: string): Declared {
  const out: Declared = new Map();
  if (!target || typeof target !== 'object') return out;
  for (const m of getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false)) {
    if (m.propertyName === property && m.name) out.set(m.name, (m.constraints as unknown[] | undefined) ?? []);
  }
  return out;
}

const between = (label: string, lo: unknown, hi: unknown, unit = ''): string => `${label}须在 ${String(lo)} 到 ${String(hi)}${unit} 之间`;

/** The sentence for one failed class-validator constraint. */
export function constraintZh(name: string, label: string, message: string, declared: Declared = new Map()): string {
  const arg = (n: string): unknown => declared.get(n)?.[0] ?? /(-?\d+(?:\.\d+)?)\s*(?:characters|elements)?\s*$/.exec(message)?.[1];
  switch (name) {
    case 'min':
    case 'max':
      if (declared.has('min') && declared.has('max')) return between(label, arg('min'), arg('max'));
      return name === 'min' ? `${label}不能小于 ${String(arg('min'))}` : `${label}不能大于 ${String(arg('max'))}`;
    case 'minLength':
    case 'maxLength':
      if (declared.has('minLength') && declared.has('maxLength'))
        return `${label}长度须在 ${String(arg('minLength'))} 到 ${String(arg('maxLength'))} 个字符之间`;
      return name === 'minLength' ? `${label}至少 ${String(arg('minLength'))} 个字符` : `${label}最多 ${String(arg('maxLength'))} 个字符`;
    case 'arrayMinSize':
    case 'arrayMaxSize':
      if (declared.has('arrayMinSize') && declared.has('arrayMaxSize'))
        return `${label}须有 ${String(arg('arrayMinSize'))} 到 ${String(arg('arrayMaxSize'))} 项`;
      return name === 'arrayMinSize' ? `${label}至少 ${String(arg('arrayMinSize'))} 项` : `${label}最多 ${String(arg('arrayMaxSize'))} 项`;
    case 'arrayUnique':
      return `${label}不能有重复项`;
    case 'arrayNotEmpty':
    case 'isNotEmpty':
      return `${label}不能为空`;
    case 'isDefined':
      return `${label}为必填项`;
    case 'isInt':
      return `${label}须为整数`;
    case 'isNumber':
      return `${label}须为有限的数字`;
    case 'isPositive':
      return `${label}须为正数`;
    case 'isBoolean':
      return `${label}须为 true 或 false`;
    case 'isString':
      return `${label}须为文本`;
    case 'isIn':
    case 'isEnum':
      return `${label}不是可选的取值`;
    case 'isUscc':
      return `${label}不是有效的统一社会信用代码（18 位，校验位须正确）`;
    case 'isPlainText':
      return `${label}不能以 =、+、- 或 @ 开头（表格软件会把它当作公式执行）`;
    case 'isCalendarDate':
      return `${label}须为有效日期，格式为 YYYY-MM-DD`;
    case 'matches': {
      const rule = [...RULE_ZH].find(([en]) => message.endsWith(en));
      return rule ? `${label}${rule[1]}` : `${label}格式不正确`;
    }
    default:
      return `${label}的值无效`;
  }
}

/** The Chinese of every failed constraint of a class-validator error tree, by dotted path. */
export function validationZh(e: ValidationError, path: string): string[] {
  const declared = declaredOn(e.target, e.property);
  const label = fieldLabelZh(path);
  return Object.entries(e.constraints ?? {}).map(([name, message]) => constraintZh(name, label, message, declared));
}

/**
 * graphql-js's own input errors (a variable or literal of the wrong type, an unknown enum value or
 * field, a missing required one) as a sentence about the field.
 */
export function coercionZh(message: string, path: string): string {
  const label = fieldLabelZh(path);
  const rules: Array<[RegExp, string]> = [
    [/non 32-bit signed integer/, `${label}超出整数范围`],
    [/Int cannot represent/, `${label}须为整数`],
    [/Float cannot represent/, `${label}须为有限的数字`],
    [/Boolean cannot represent/, `${label}须为 true 或 false`],
    [/(String|ID) cannot represent/, `${label}须为文本`],
    [/does not exist in "\w+" enum|Enum "\w+" cannot represent/, `${label}不是可选的取值`],
    [/of required type .* was not provided|must not be null|non-null type/, `${label}为必填项`],
    [/is not defined by type|Unknown argument/, `${label}不是可用的字段`],
    [/LocalDate|date/i, `${label}须为有效日期，格式为 YYYY-MM-DD`],
    [/Expected (value of )?type|got invalid value/, `${label}的类型不符`],
  ];
  return rules.find(([re]) => re.test(message))?.[1] ?? `${label}的值无效`;
}

/** The limits a query can pass, by graphql-armor's wording. */
export function limitZh(message: string, limit: number): string {
  if (/[Dd]epth/.test(message)) return `查询嵌套层数超过上限 ${limit}，请减少嵌套`;
  if (/[Aa]lias/.test(message)) return `查询中的别名超过上限 ${limit} 个`;
  if (/[Tt]oken/.test(message)) return `查询过长：词元数超过上限 ${limit}，请拆分查询`;
  if (/[Dd]irective/.test(message)) return `查询中的指令超过上限 ${limit} 个`;
  return `查询超出限制（上限 ${limit}）`;
}

/** Things our own checks say, and what they mean (the field's label goes in front). */
const OWN_RULES: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/cursor/, () => '不是有效的翻页游标，请使用上一页返回的 pageInfo.endCursor'],
  [/not a calendar date/, () => '须为有效日期，格式为 YYYY-MM-DD'],
  [/must not be in the future/, () => '不能晚于今天'],
  [/must be in the past/, () => '须早于今天'],
  [/must not be before (\d{4}-\d{2}-\d{2})/, (m) => `不能早于 ${m[1]}`],
  [/must not be before/, () => '不能早于与之对应的开始日期'],
  [/must not be below/, () => '不能小于与之对应的下限'],
  [/must not all be zero/, () => '不能全部为 0'],
  [/nothing searchable/, () => '中没有可搜索的文字'],
  [/cost (\d+) exceeds (\d+)/, (m) => `：查询代价 ${m[1]} 超过上限 ${m[2]}，请减少 first 或嵌套列表`],
  [/is required/, () => '为必填项'],
  [/→ .* is not allowed/, () => '：不能从当前状态直接改为该状态'],
  [
    /no (such )?(city|country|person|enterprise|firm|chamber|team|project|default)\b\s*(\S*)/,
    (m) => `：未找到对应的记录${m[3] ? ` ${m[3]}` : ''}`,
  ],
  [/version/, () => '：请填写读取时的版本号（expectedVersion）'],
  [/(\d+)[–-](\d+) (characters|letters)/, (m) => `须为 ${m[1]} 到 ${m[2]} 个字母、数字、- 或 _`],
];

/**
 * The sentence for a problem our own code found (a service's check, a limit): the Chinese it
 * carries when it has some, else what its English says, else 「…的值无效」.
 */
export function fieldProblemZh(path: string, message: string): string {
  const label = fieldLabelZh(path);
  const own = /[（(/]\s*([\u3400-\u9fff][^()（）/]*)[)）]?\s*$/.exec(message);
  if (own) return `${label}有误：${own[1].trim()}`;
  for (const [re, say] of OWN_RULES) {
    const m = re.exec(message);
    if (m) return `${label}${say(m)}`;
  }
  return `${label}的值无效`;
}
