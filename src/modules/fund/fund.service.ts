/* eslint-disable @typescript-eslint/no-unsafe-enum-comparison -- rows carry the enums' values as the strings Cypher returns */
import crypto from 'node:crypto';
import { Neo4jGateway } from '../../db/gateway';
import { SIGNED_STAGES, ProjectStage } from '../../domain/project-stage';
import { BadInputError, NotFoundError } from '../../errors';
import { Injectable } from '../../graphql/scope';
import { ConflictVersionError, WriteService } from '../../graph/write.service';
import { recordedDateProblems } from '../../graph/write-dates';
import { PROJECT_HOLD } from '../../graph/project-hold.queries';
import type { CommitFundInput, RecordFundInvestmentInput } from './fund.input';
import { COMMIT_FUND, COMMITMENT, FundRow, FUNDS, INVEST, LOCK_FUND } from './fund.queries';
import { Fund, FundCommitment } from './fund.type';

const r2 = (x: number): number => Math.round(x * 100) / 100;

export function toFund(r: FundRow): Fund {
  const committedYi = r2(r.commitments.reduce((s, c) => s + c.amountYi, 0));
  const investedYi = r2(r.commitments.reduce((s, c) => s + c.investedYi, 0));
  return { ...r, committedYi, investedYi, leftYi: r2(r.sizeYi - committedYi) };
}

/** 产业基金资源池: funds, commitments within what is left, investments within what was committed. */
@Injectable()
export class FundService {
  constructor(
    private readonly gw: Neo4jGateway,
    private readonly writes: WriteService,
  ) {}

  async funds(id: string | null): Promise<Fund[]> {
    return (await this.gw.read(FUNDS, { id })).map((r) => toFund(r.fund));
  }

  commitFund(input: CommitFundInput): Promise<FundCommitment> {
    return this.writes.run('commitFund', input, async (tx) => {
      const [locked] = await tx.run(LOCK_FUND, { id: input.fundId });
      if (!locked)
        throw new NotFoundError('Fund', input.fundId, [{ path: 'input.fundId', message: 'no such fund', messageZh: '没有该基金' }]);
      const before = toFund((await tx.run(FUNDS, { id: input.fundId }))[0].fund);
      if (before.version !== input.expectedVersion)
        throw new ConflictVersionError('Fund', before.id, input.expectedVersion, before.version);
      const [project] = await tx.run(PROJECT_HOLD, { projectId: input.projectId });
      if (!project)
        throw new NotFoundError('Project', input.projectId, [
          { path: 'input.projectId', message: 'no such project', messageZh: '没有该项目' },
        ]);
      const problems = recordedDateProblems(input.on, 'input.on', before.setUpOn);
      if (!SIGNED_STAGES.includes(project.stage as ProjectStage) || project.stage === ProjectStage.DEFAULTED)
        problems.push({
          path: 'input.projectId',
          message: `only a signed project can receive fund money; this one is ${project.stage}`,
          messageZh: '只有已签约且未违约的项目可以获得基金出资承诺',
        });
      if (input.amountYi > before.leftYi)
        problems.push({
          path: 'input.amountYi',
          message: `the fund has ${before.leftYi} 亿元 left to commit (size ${before.sizeYi}, committed ${before.committedYi})`,
          messageZh: `基金可承诺余额仅 ${before.leftYi} 亿元（规模 ${before.sizeYi} 亿元，已承诺 ${before.committedYi} 亿元）`,
        });
      if (problems.length > 0) throw new BadInputError(problems);
      const id = `FC-${crypto.randomUUID()}`;
      await tx.run(COMMIT_FUND, { ...input, id, by: this.writes.actor, version: before.version + 1 });
      const [row] = await tx.run(COMMITMENT, { id });
      return {
        result: row.commitment,
        changes: [
          {
            label: 'Fund',
            key: before.id,
            before: { committedYi: before.committedYi },
            after: {
              committedYi: r2(before.committedYi + input.amountYi),
              commitment: `${input.projectId} ${input.amountYi} 亿元 (${id})`,
            },
          },
          {
            label: 'Project',
            key: input.projectId,
            before: {},
            after: { fundCommitment: `${before.name} ${input.amountYi} 亿元 (${id})` },
          },
        ],
      };
    });
  }

  recordFundInvestment(input: RecordFundInvestmentInput): Promise<FundCommitment> {
    return this.writes.run('recordFundInvestment', input, async (tx) => {
      const [found] = await tx.run(COMMITMENT, { id: input.commitmentId });
      if (!found)
        throw new NotFoundError('FundCommitment', input.commitmentId, [
          { path: 'input.commitmentId', message: 'no such commitment', messageZh: '没有该出资承诺' },
        ]);
      const c = found.commitment;
      if (found.fundVersion !== input.expectedVersion)
        throw new ConflictVersionError('Fund', c.fundId, input.expectedVersion, found.fundVersion);
      const problems = recordedDateProblems(input.on, 'input.on', c.committedOn);
      const left = r2(c.amountYi - c.investedYi);
      if (input.amountYi > left)
        problems.push({
          path: 'input.amountYi',
          message: `only ${left} 亿元 of the ${c.amountYi} 亿元 committed is not yet invested`,
          messageZh: `承诺出资 ${c.amountYi} 亿元中尚未到位的仅 ${left} 亿元`,
        });
      if (problems.length > 0) throw new BadInputError(problems);
      const investedYi = r2(c.investedYi + input.amountYi);
      await tx.run(INVEST, { id: c.id, investedYi, on: input.on, version: found.fundVersion + 1 });
      const [row] = await tx.run(COMMITMENT, { id: c.id });
      return {
        result: row.commitment,
        changes: [
          { label: 'Fund', key: c.fundId, before: { [`invested:${c.id}`]: c.investedYi }, after: { [`invested:${c.id}`]: investedYi } },
          {
            label: 'Project',
            key: c.projectId,
            before: { [`fundInvested:${c.id}`]: c.investedYi },
            after: { [`fundInvested:${c.id}`]: investedYi },
          },
        ],
      };
    });
  }
}
