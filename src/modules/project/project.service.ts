import type { Neo4jGateway } from '../../db/gateway';
import { BadInputError, FieldProblem } from '../../errors';
import { toSimplified } from '../../domain/search-text';
import { ConnectionShape, fetchPage, filterParams } from '../../graphql/pagination';
import { ProjectFilter, ProjectOrder, ProjectsArgs } from './project.input';
import type { Project } from './project.type';

const PROJECT_ORDER: Record<ProjectOrder, { numKey: string | null; strKey: string | null; dir: 1 | -1 }> = {
  AMOUNT_DESC: { numKey: 'amountYi', strKey: null, dir: -1 },
  SIGNED_ON_DESC: { numKey: 'signedOn', strKey: null, dir: -1 },
  NAME_ASC: { numKey: null, strKey: 'name', dir: 1 },
};

const FILTER_KEYS: (keyof ProjectFilter)[] = [
  'stages', 'industryCode', 'parkId', 'teamId', 'investorUscc', 'amountMin', 'amountMax', 'signedFrom', 'signedTo', 'keyProject',
  'campaign100Days', 'nameContains',
];

export class ProjectService {
  constructor(private readonly gw: Neo4jGateway) {}

  async byId(id: string): Promise<Project | null> {
    const [row] = await this.gw.read('project/by-id', { id });
    return (row?.node as Project) ?? null;
  }

  list(args: ProjectsArgs): Promise<ConnectionShape<Project>> {
    const f = args.filter;
    const problems: FieldProblem[] = [];
    if (f?.amountMin !== undefined && f.amountMax !== undefined && f.amountMin > f.amountMax) {
      problems.push({ path: 'filter.amountMax', message: 'amountMax must not be below amountMin' });
    }
    if (f?.signedFrom && f.signedTo && f.signedFrom > f.signedTo) {
      problems.push({ path: 'filter.signedTo', message: 'signedTo must not be before signedFrom' });
    }
    if (problems.length > 0) throw new BadInputError(problems);
    return fetchPage(
      this.gw,
      { filter: ['project/filter'], params: { f: { ...filterParams(f, FILTER_KEYS), nameContains: f?.nameContains ? toSimplified(f.nameContains) : null }, ...PROJECT_ORDER[args.orderBy] }, order: args.orderBy },
      args,
      (row) => row as unknown as Project,
    );
  }
}
