import { z } from 'zod';
import { Role } from '../../auth/roles';
import { ASSISTANT_OPERATIONS_FILE, loadTrustedDocuments, TrustedDocument } from '../../graphql/trusted-documents';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('日期 YYYY-MM-DD');
const industryCode = z
  .string()
  .regex(/^[A-Z]{1,8}$/)
  .describe('产业链编码，如 NE（新能源）；可先用 search 查');
const uscc = z
  .string()
  .regex(/^[0-9A-Z]{18}$/)
  .describe('统一社会信用代码（18 位）；可先用 search 查');
const linkCode = z
  .string()
  .regex(/^[A-Z]{1,8}-[A-Z0-9-]{1,24}$/)
  .describe('环节编码，如 NE-HJT（异质结电池）');

/**
 * One tool: a trusted operation with its Chinese description and its input schema. The schema
 * validates what a model or an MCP client sends before anything runs; the operation's own roles and
 * limits then apply as to any request.
 */
export interface AssistantTool {
  /** MCP tool name (snake_case). */
  name: string;
  /** The operation in schema/assistant.graphql. */
  operation: string;
  title: string;
  description: string;
  input: z.ZodObject<z.ZodRawShape, z.core.$strict>;
  /** The least role the operation needs (what the service checks; listed here so a caller sees only what it can run). */
  role: Role;
  /** A write: never a tool unless the operator names it in MCP_MUTATIONS. */
  mutation?: boolean;
  /** A tool for assistants only, never an answer `ask` may choose (ask itself). */
  assistantOnly?: boolean;
}

export const ASSISTANT_TOOLS: readonly AssistantTool[] = [
  {
    name: 'chain_overview',
    operation: 'ToolChainOverview',
    title: '产业链诊断总览',
    description: '八条产业链各有几个缺链、断链、弱链、强链环节，以及本地配套率。',
    input: z.strictObject({}),
    role: Role.VIEWER,
  },
  {
    name: 'chain_gaps',
    operation: 'ToolChainGaps',
    title: '一条产业链的诊断',
    description: '一条产业链的每个环节：缺链/断链/弱链/强链、严重度、本地企业数与本地配套率。问“某链断在哪”时用。',
    input: z.strictObject({ industryCode }),
    role: Role.VIEWER,
  },
  {
    name: 'chain_link',
    operation: 'ToolChainLink',
    title: '一个环节',
    description: '一个产业链环节的上下游环节、本地企业与目标企业。',
    input: z.strictObject({ code: linkCode }),
    role: Role.VIEWER,
  },
  {
    name: 'rank_targets',
    operation: 'ToolRankTargets',
    title: '招商推荐',
    description:
      '按补链（FILL）、强链（STRENGTHEN）或延链（EXTEND）给目标企业排名，附得分理由、所补环节、引荐路径与建议园区。可限定产业链或环节。',
    input: z.strictObject({
      industryCode: industryCode.optional(),
      linkCodes: z.array(linkCode).max(10).optional(),
      mode: z.enum(['FILL', 'STRENGTHEN', 'EXTEND']).describe('FILL 补链、STRENGTHEN 强链、EXTEND 延链'),
      first: z.number().int().min(1).max(20).describe('返回几家（1–20）'),
    }),
    role: Role.ANALYST,
  },
  {
    name: 'warm_paths',
    operation: 'ToolWarmPaths',
    title: '以商招商：谁能引荐',
    description: '一家企业与南安的关系路径：南安籍高管、商会会员、供应关系，以及可以引荐的人。',
    input: z.strictObject({ uscc }),
    role: Role.ANALYST,
  },
  {
    name: 'enterprise',
    operation: 'ToolEnterprise',
    title: '企业画像',
    description: '一家企业：是否本地、是否目标企业及其跟进状态、营收、所在城市与园区、所属环节、在南安的项目。',
    input: z.strictObject({ uscc }),
    role: Role.VIEWER,
  },
  {
    name: 'search',
    operation: 'ToolSearch',
    title: '搜索',
    description: '按名称搜索企业、产业链、环节、园区、商会、协会、城市、镇街（简体、繁体、拼音、首字母均可），得到编码后再用其他工具。',
    input: z.strictObject({
      text: z.string().min(1).max(60).describe('要找的名称或关键词'),
      first: z.number().int().min(1).max(20).describe('返回几条（1–20）'),
    }),
    role: Role.VIEWER,
  },
  {
    name: 'pipeline_stats',
    operation: 'ToolPipeline',
    title: '项目推进统计',
    description:
      '某一期间进入各阶段（签约、履约、开工、投产）的项目个数与投资额、年度任务完成情况与逾期风险。百日攻坚为 2022-08-10 至 2022-11-17（演示）。',
    input: z.strictObject({ from: day, to: day, industryCode: industryCode.optional() }),
    role: Role.VIEWER,
  },
  {
    name: 'simulate_landing',
    operation: 'ToolSimulateLanding',
    title: '落地模拟',
    description: '如果这些企业落地南安，链条的缺口、本地配套率与园区用地会怎样（只算不写）。',
    input: z.strictObject({ targets: z.array(uscc).min(1).max(20) }),
    role: Role.ANALYST,
  },
  {
    name: 'plan_portfolio',
    operation: 'ToolPlanPortfolio',
    title: '招商组合',
    description: '在可供地内选几家目标企业，使补链增益最大，附每家的增益、用地与园区。',
    input: z.strictObject({
      industryCode: industryCode.optional(),
      count: z.number().int().min(1).max(30).describe('选几家'),
      landBudgetMu: z.number().positive().max(100000).optional().describe('可用土地（亩）'),
    }),
    role: Role.ANALYST,
  },
  {
    name: 'overview',
    operation: 'ToolOverview',
    title: '招商概况',
    description: '目标企业库、南安商会（国内、海外）、行业协会、园区与标准化园区的数量。',
    input: z.strictObject({}),
    role: Role.VIEWER,
  },
  {
    name: 'parks',
    operation: 'ToolParks',
    title: '园区载体',
    description: '可供地最多的园区（可限定产业链、是否标准化园区），附面积、可供地与招商率。',
    input: z.strictObject({ industryCode: industryCode.optional(), standardized: z.boolean().optional() }),
    role: Role.VIEWER,
  },
  {
    name: 'park',
    operation: 'ToolPark',
    title: '一个园区',
    description: '一个园区的镇街、面积、可供地、招商率、主导产业与项目。',
    input: z.strictObject({
      id: z
        .string()
        .regex(/^[A-Z0-9-]{2,40}$/)
        .describe('园区编号，如 PK-STD-1'),
    }),
    role: Role.VIEWER,
  },
  {
    name: 'land',
    operation: 'ToolLand',
    title: '空间资源池',
    description: '“3年1.5万亩”盘活闲置土地任务的进度，以及各园区可供地与用地需求的平衡。',
    input: z.strictObject({}),
    role: Role.VIEWER,
  },
  {
    name: 'project_warnings',
    operation: 'ToolWarnings',
    title: '三色预警',
    description: '项目的红黄绿预警个数与最紧迫的项目（可指定日期，演示数据截至 2022-12-15）。',
    input: z.strictObject({ on: day.optional() }),
    role: Role.ANALYST,
  },
  {
    name: 'funds',
    operation: 'ToolFunds',
    title: '产业基金',
    description: '产业引导基金的规模、已承诺、已到位与可承诺余额（亿元）。',
    input: z.strictObject({}),
    role: Role.ANALYST,
  },
  {
    name: 'assess_project',
    operation: 'ToolAssessProject',
    title: '项目预评估',
    description: '一个项目的百分制预评估：得分、结论、一票否决项与附加条件。',
    input: z.strictObject({
      projectId: z
        .string()
        .regex(/^[A-Z0-9-]{2,40}$/)
        .describe('项目编号，如 PJ-2022-0433'),
    }),
    role: Role.ANALYST,
  },
  {
    name: 'ask',
    operation: 'ToolAsk',
    title: '问一问',
    description:
      '用一句中文提问（如「新能源链断在哪？」「补异质结电池找谁？」「百日攻坚签了多少？」），服务选择上面的一个查询来回答，附数字、引用的节点与所运行的查询。',
    input: z.strictObject({ question: z.string().min(1).max(300).describe('中文问题') }),
    role: Role.VIEWER,
    assistantOnly: true,
  },
  {
    name: 'log_follow_up',
    operation: 'ToolLogFollowUp',
    title: '记录对接走访',
    description: '在招商台账里为一家企业记一次对接（电话、拜访、活动…）。写入，留审计记录。',
    input: z.strictObject({
      uscc,
      on: day,
      kind: z.enum(['CALL', 'VISIT', 'MEETING', 'EVENT']).describe('对接方式'),
      notes: z.string().min(1).max(2000).describe('对接内容'),
      requestId: z
        .string()
        .regex(/^[\w-]{8,64}$/)
        .optional()
        .describe('幂等键：重试时用同一个，不会重复写入'),
    }),
    role: Role.PLANNER,
    mutation: true,
  },
];

export const toolNamed = (name: string): AssistantTool | undefined => ASSISTANT_TOOLS.find((t) => t.name === name);

let documents: Map<string, TrustedDocument> | undefined;

/** The trusted document of a tool's operation (read once from schema/assistant.graphql). */
export function documentOf(tool: AssistantTool): TrustedDocument {
  documents ??= new Map([...loadTrustedDocuments([ASSISTANT_OPERATIONS_FILE]).values()].map((d) => [d.name, d]));
  const doc = documents.get(tool.operation);
  if (!doc) throw new Error(`${tool.operation} is not in ${ASSISTANT_OPERATIONS_FILE}`);
  return doc;
}
