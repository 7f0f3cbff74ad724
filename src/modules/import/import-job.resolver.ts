import { Args, Authorized, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/roles';
import { Neo4jGateway } from '../../db/gateway';
import { analysisCost } from '../../graphql/limits';
import { ImportJobArgs, ImportJobsArgs } from './import-job.input';
import { toImportJob } from './import-job.mappers';
import { JOB, JOBS } from './import-job.queries';
import { ImportJob } from './import-job.type';

/** Import jobs (导入任务), read from the graph: any instance answers for a job another one runs. */
@Resolver()
export class ImportJobResolver {
  constructor(private readonly gw: Neo4jGateway) {}

  @Authorized(Role.ADMIN)
  @Query(() => ImportJob, {
    nullable: true,
    description: 'One import job: its status, progress and report (导入任务); null when there is none. Admins only.',
  })
  async importJob(@Args() { id }: ImportJobArgs): Promise<ImportJob | null> {
    const [row] = await this.gw.read(JOB, { id });
    return row ? toImportJob(row.job, Date.now()) : null;
  }

  @Authorized(Role.ADMIN)
  @Query(() => [ImportJob], {
    complexity: analysisCost(1, (a) => (a as { first: number }).first),
    description: 'The newest import jobs first (导入记录). Admins only.',
  })
  async importJobs(@Args() { first }: ImportJobsArgs): Promise<ImportJob[]> {
    return (await this.gw.read(JOBS, { limit: first })).map((r) => toImportJob(r.job, Date.now()));
  }
}
