import { Args, Authorized, Mutation, Resolver } from 'type-graphql';
import { InputArgs } from '../../graphql/input-args';
import { Role } from '../../auth/roles';
import { Project } from '../project/project.type';
import { AdvanceProjectStageInput, CreateProjectInput, UpdateProjectInput, WithdrawProjectInput } from './ledger.input';
import { ProjectLedgerService } from './project-ledger.service';

const CreateProjectArgs = InputArgs(CreateProjectInput);
const UpdateProjectArgs = InputArgs(UpdateProjectInput);
const AdvanceProjectStageArgs = InputArgs(AdvanceProjectStageInput);
const WithdrawProjectArgs = InputArgs(WithdrawProjectInput);

/** The system of record's writes (招商台账). Each is one audited transaction (docs/api.md, Writing). */
@Resolver()
export class LedgerResolver {
  constructor(private readonly projects: ProjectLedgerService) {}

  @Authorized(Role.PLANNER)
  @Mutation(() => Project, { description: 'Enters a new project (新增项目) at 策划, 对接 or 签约.' })
  createProject(@Args(() => CreateProjectArgs) { input }: { input: CreateProjectInput }): Promise<Project> {
    return this.projects.createProject(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => Project, { description: 'Changes a project’s name, amount, references or flags (not its stage).' })
  updateProject(@Args(() => UpdateProjectArgs) { input }: { input: UpdateProjectInput }): Promise<Project> {
    return this.projects.updateProject(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => Project, { description: 'Moves a project to its next stage, with the date (推进项目阶段). A skipped or backward step is refused.' })
  advanceProjectStage(@Args(() => AdvanceProjectStageArgs) { input }: { input: AdvanceProjectStageInput }): Promise<Project> {
    return this.projects.advanceProjectStage(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => Project, { description: 'Takes a project out of the pipeline (退库), with the reason.' })
  withdrawProject(@Args(() => WithdrawProjectArgs) { input }: { input: WithdrawProjectInput }): Promise<Project> {
    return this.projects.withdrawProject(input);
  }
}
