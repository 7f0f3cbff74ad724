import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum AskRefusal {
  WRITE = 'WRITE',
  RAW_QUERY = 'RAW_QUERY',
  INJECTION = 'INJECTION',
  PERSONAL = 'PERSONAL',
  OUT_OF_SCOPE = 'OUT_OF_SCOPE',
  NEEDS_NAME = 'NEEDS_NAME',
  AMBIGUOUS = 'AMBIGUOUS',
  NEEDS_ROLE = 'NEEDS_ROLE',
  NOT_FOUND = 'NOT_FOUND',
  MODEL_INVALID = 'MODEL_INVALID',
  FAILED = 'FAILED',
}

registerEnumType(AskRefusal, {
  name: 'AskRefusal',
  description: 'Why a question was not answered (未回答的原因).',
  valuesConfig: {
    WRITE: { description: 'It asks to change data; 问一问 only reads (只读).' },
    RAW_QUERY: { description: 'It holds Cypher or GraphQL; only trusted operations run (不执行查询语句).' },
    INJECTION: { description: 'It asks to change the assistant’s rules (提示注入).' },
    PERSONAL: { description: 'It asks for personal contact data (个人信息).' },
    OUT_OF_SCOPE: { description: 'Not understood, or not about the campaign (超出范围).' },
    NEEDS_NAME: { description: 'It needs a firm, chain or park named (缺少名称).' },
    AMBIGUOUS: { description: 'A name it uses fits several nodes (名称有歧义).' },
    NEEDS_ROLE: { description: 'The operation needs a role the caller lacks (权限不足).' },
    NOT_FOUND: { description: 'The named node is not in the graph (未找到).' },
    MODEL_INVALID: { description: 'The model chose an operation outside the list or invalid variables (模型输出无效).' },
    FAILED: { description: 'The operation failed; the error code is in the answer (查询失败).' },
  },
});

export enum AskVia {
  OFFLINE = 'OFFLINE',
  MODEL = 'MODEL',
}

registerEnumType(AskVia, {
  name: 'AskVia',
  description: 'Who chose the operation (由谁选择查询).',
  valuesConfig: {
    OFFLINE: { description: 'The built-in grammar of intents (离线规则).' },
    MODEL: { description: 'The operator’s model (ASK_MODEL_URL) chose; the service validated it (模型选择).' },
  },
});

@ObjectType({ description: 'The trusted operation an answer ran (所运行的可信查询): open it in the explorer.' })
export class AskOperation {
  @Field({ description: 'The tool (MCP name).' })
  tool!: string;

  @Field({ description: 'The operation’s name in schema/assistant.graphql.' })
  name!: string;

  @Field({ description: 'Its trusted-document id (sha256:…).' })
  documentId!: string;

  @Field({ description: 'Its text.' })
  document!: string;

  @Field(() => GraphQLJSONObject, { description: 'The variables it ran with.' })
  variables!: Record<string, unknown>;
}

@ObjectType({ description: 'A node an answer rests on (引用).' })
export class AskCitation {
  @Field({ description: 'INDUSTRY, LINK, ENTERPRISE, PARK or PROJECT.' })
  kind!: string;

  @Field({ description: 'Its key: USCC, chain or link code, park or project id.' })
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'The chain (code) a cited chain or link belongs to, to open it on the chain map.' })
  chain!: string | null;
}

@ObjectType({ description: 'An answer to a question in Chinese (问一问的回答).' })
export class AskAnswer {
  @Field()
  question!: string;

  @Field({ description: 'True when an operation ran and the text answers from its result.' })
  answered!: boolean;

  @Field({ description: 'The answer in Chinese; every figure in it comes from the operation’s result.' })
  answer!: string;

  @Field(() => AskRefusal, { nullable: true, description: 'Why it was not answered.' })
  refusal!: AskRefusal | null;

  @Field(() => String, { nullable: true, description: 'The intent recognised (gaps, targets, pipeline…).' })
  intent!: string | null;

  @Field(() => AskOperation, { nullable: true })
  operation!: AskOperation | null;

  @Field(() => [AskCitation])
  citations!: AskCitation[];

  @Field(() => [String], { description: 'Questions to ask next (追问建议).' })
  followUps!: string[];

  @Field(() => AskVia)
  via!: AskVia;
}
