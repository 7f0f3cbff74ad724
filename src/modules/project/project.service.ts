import { Neo4jGateway } from '../../db/gateway';
import { toSimplified } from '../../domain/search-text';
import { BadInputError, FieldProblem } from '../../errors';
import { ConnectionShape, fetchPage, filterParams, SortParams } from '../../graphql/pagination';
import { Injectable } from '../../graphql/scope';
import { ProjectOrder, ProjectsArgs } from './project.input';
import { PROJECT_AMOUNT, PROJECT_BY_ID, PROJECT_FILTER_KEYS, PROJECT_PAGE, SIGNING_EVENTS } from './project.queries';
import type { Project, SigningEvent } from '../../graph/project.type';

const PROJECT_ORDER: Record<ProjectOrder, SortParams> = {
  AMOUNT_DESC: { numKey: 'amountYi', strKey: null, dir: -1 },
  SIGNED_ON_DESC: { numKey: 'signedOn', strKey: null, dir: -1 },
  NAME_ASC: { numKey: null, strKey: 'name', dir: 1 },
};

@Injectable()
export class ProjectService {
  constructor(private readonly gw: Neo4jGateway) {}

  signingEvents(): Promise<Array<{ node: SigningEvent; projectCount: number; amountYi: number }>> {
    return this.gw.read(SIGNING_EVENTS, {});
  }

  async byId(id: string): Promise<Project | null> {
    const [row] = await this.gw.read(PROJECT_BY_ID, { id });
    return row?.node ?? null;
  }

  async list(args: ProjectsArgs): Promise<ConnectionShape<Project> & { amountYi: () => Promise<number> }> {
    const f = args.filter;
    const problems: FieldProblem[] = [];
    if (f?.amountMin !== undefined && f.amountMax !== undefined && f.amountMin > f.amountMax) {
      problems.push({ path: 'filter.amountMax', message: 'amountMax must not be below amountMin' });
    }
    for (const stage of ['signed', 'contracted', 'performing', 'started', 'producing'] as const) {
      const [from, to] = [f?.[`${stage}From`], f?.[`${stage}To`]];
      if (from && to && from > to) problems.push({ path: `filter.${stage}To`, message: `${stage}To must not be before ${stage}From` });
    }
    if (problems.length > 0) throw new BadInputError(problems);
    const params = {
      f: { ...filterParams(f, PROJECT_FILTER_KEYS), nameContains: f?.nameContains ? toSimplified(f.nameContains) : null },
      ...PROJECT_ORDER[args.orderBy],
    };
    let amount: Promise<number> | undefined;
    // Rounded where produced: sums of decimals must not read 29.500000000000004.
    const amountYi = (): Promise<number> =>
      (amount ??= this.gw.read(PROJECT_AMOUNT, params).then(([r]) => Math.round((r?.amountYi ?? 0) * 10000) / 10000));
    return { ...(await fetchPage(this.gw, PROJECT_PAGE, params, args.orderBy, args)), amountYi };
  }
}
