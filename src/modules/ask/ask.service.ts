import { Caller, RequestCaller, ROLE_ZH } from '../../auth/roles';
import { Neo4jGateway } from '../../db/gateway';
import { today } from '../../domain/calendar';
import { placeNames } from '../../domain/entity-names';
import { toSimplified } from '../../domain/search-text';
import { BadInputError } from '../../errors';
import { OperationRunner } from '../../graphql/operation-runner';
import { Injectable } from '../../graphql/scope';
import { VersionedValues } from '../../graphql/versioned-values';
import { PLACE_NAMES } from '../../graph/enterprise.queries';
import { composeAnswer } from './ask.answers';
import { buildGazetteer, findMentions, Gazetteer, Mention } from './ask.gazetteer';
import { Plan, planQuestion, PlanContext, SUGGESTIONS } from './ask.intents';
import { AskSettings, chooseWithModel } from './ask.model-client';
import { ASK_DATA_THROUGH, ASK_NAMES } from './ask.queries';
import { ASSISTANT_TOOLS, AssistantTool, documentOf, toolNamed } from './ask.tools';
import { AskAnswer, AskRefusal, AskVia } from './ask.type';

export const MAX_QUESTION_LENGTH = 300;

interface Knowledge {
  gazetteer: Gazetteer;
  dataThrough: string;
}

/** The tools 问一问 may run: the read operations (writes are never an answer to a question). */
const READ_TOOLS = ASSISTANT_TOOLS.filter((t) => !t.mutation && !t.assistantOnly);

/**
 * 问一问: a Chinese question → the names in it → one trusted read operation with its variables →
 * run as the caller (their role, their limits) → an answer composed from the result. Nothing is
 * written, and nothing outside the assistant's operations runs.
 */
@Injectable()
export class AskService {
  constructor(
    private readonly gw: Neo4jGateway,
    private readonly values: VersionedValues,
    private readonly runner: OperationRunner,
    private readonly settings: AskSettings,
    private readonly requestCaller: RequestCaller,
  ) {}

  async ask(question: string): Promise<AskAnswer> {
    const text = question.normalize('NFKC').replace(/\s+/g, ' ').trim();
    if (text === '' || [...text].length > MAX_QUESTION_LENGTH)
      throw new BadInputError([
        {
          path: 'question',
          message: `ask a question of 1 to ${MAX_QUESTION_LENGTH} characters`,
          messageZh: `问题须为 1 到 ${MAX_QUESTION_LENGTH} 个字`,
        },
      ]);
    const q = toSimplified(text);
    const known = await this.knowledge();
    const mentions = findMentions(q, known.gazetteer);
    const ctx: PlanContext = { dataThrough: known.dataThrough, today: today() };
    const { plan, via } = await this.plan(q, mentions, ctx);
    if (plan.kind === 'refuse') return this.refused(text, plan.refusal as AskRefusal, plan.message, via);
    const tool = toolNamed(plan.tool);
    const checked = tool && READ_TOOLS.includes(tool) ? tool.input.safeParse(plan.variables) : undefined;
    if (!tool || !checked?.success)
      return this.refused(text, AskRefusal.MODEL_INVALID, '选出的查询不在清单中，或其参数不合要求，未运行。', via);
    return this.run(text, tool, checked.data, plan, via);
  }

  /** The offline grammar, or the operator's model when one is set (the grammar again if it fails). */
  private async plan(q: string, mentions: Mention[], ctx: PlanContext): Promise<{ plan: Plan; via: AskVia }> {
    const offline = planQuestion(q, mentions, ctx);
    const config = this.settings.config;
    // A refusal of the grammar stands: a model never gets to run what the rules refuse.
    if (!config.modelUrl || (offline.kind === 'refuse' && offline.refusal !== 'OUT_OF_SCOPE' && offline.refusal !== 'NEEDS_NAME')) {
      return { plan: offline, via: AskVia.OFFLINE };
    }
    try {
      const names = mentions.map(({ kind, key, name }) => ({ kind, key, name }));
      const choice = await chooseWithModel(config, q, names, READ_TOOLS);
      if ('refuse' in choice) return { plan: { kind: 'refuse', refusal: 'OUT_OF_SCOPE', message: choice.refuse }, via: AskVia.MODEL };
      const focus = mentions.filter((m) => JSON.stringify(choice.variables).includes(m.key));
      return { plan: { kind: 'run', intent: 'model', tool: choice.tool, variables: choice.variables, focus }, via: AskVia.MODEL };
    } catch {
      // An unreachable or confused model: the grammar answers, as it does without one.
      return { plan: offline, via: AskVia.OFFLINE };
    }
  }

  private async run(
    question: string,
    tool: AssistantTool,
    variables: Record<string, unknown>,
    plan: Extract<Plan, { kind: 'run' }>,
    via: AskVia,
  ): Promise<AskAnswer> {
    const doc = documentOf(tool);
    const operation = { tool: tool.name, name: doc.name, documentId: doc.id, document: doc.text, variables };
    const caller: Caller = this.requestCaller.caller;
    if (!caller.roles.includes(tool.role))
      return {
        ...this.refused(
          question,
          AskRefusal.NEEDS_ROLE,
          `回答这个问题要运行「${tool.title}」，需要「${ROLE_ZH[tool.role]}」或更高的角色。`,
          via,
        ),
        operation,
        intent: plan.intent,
      };
    const result = await this.runner.run(doc.text, variables);
    const error = result.errors?.[0];
    if (error || !result.data) {
      const code = typeof error?.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
      const zh = typeof error?.extensions?.messageZh === 'string' ? error.extensions.messageZh : '';
      const refusal = code === 'NOT_FOUND' ? AskRefusal.NOT_FOUND : code === 'FORBIDDEN' ? AskRefusal.NEEDS_ROLE : AskRefusal.FAILED;
      return {
        ...this.refused(question, refusal, `查询「${tool.title}」没有成功（${code}）${zh ? `：${zh}` : '。'}`, via),
        operation,
        intent: plan.intent,
      };
    }
    const composed = composeAnswer(tool.name, result.data, plan.focus, variables);
    return {
      question,
      answered: true,
      answer: composed.text,
      refusal: null,
      intent: plan.intent,
      operation,
      citations: composed.citations,
      followUps: composed.followUps,
      via,
    };
  }

  private refused(question: string, refusal: AskRefusal, message: string, via: AskVia): AskAnswer {
    return {
      question,
      answered: false,
      answer: `${message}\n可以这样问：${SUGGESTIONS.slice(0, 4).join(' ')}`,
      refusal,
      intent: null,
      operation: null,
      citations: [],
      followUps: SUGGESTIONS.slice(0, 4),
      via,
    };
  }

  /** The names and the data's last day, once per graph version. */
  private knowledge(): Promise<Knowledge> {
    return this.values.get('ask:knowledge', async () => {
      const [nodes, [places], [through]] = await Promise.all([
        this.gw.read(ASK_NAMES, {}),
        this.gw.read(PLACE_NAMES, {}),
        this.gw.read(ASK_DATA_THROUGH, {}),
      ]);
      return { gazetteer: buildGazetteer(nodes, placeNames(places?.names ?? [])), dataThrough: through?.day ?? today() };
    });
  }
}
