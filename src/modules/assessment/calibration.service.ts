import { Neo4jGateway } from '../../db/gateway';
import { PartKey, VetoStatus } from '../../domain/assessment.model';
import { addDays, isCalendarDate, today } from '../../domain/calendar';
import { calibrate, CalibrationCase } from '../../domain/calibration.model';
import { BadInputError } from '../../errors';
import { Injectable } from '../../graphql/scope';
import { AssessmentReader } from './assessment-facts.service';
import type { CalibrationInput } from './assessment.input';
import { PROJECT_TERMS, SIGNED_PROJECTS } from './assessment.queries';
import { subjectOfProject } from './assessment.service';
import type { AssessmentCalibration } from './assessment.type';

/** Days before the outcome day a signing must be for its outcome to show, by default. */
const OUTCOME_LAG_DAYS = 180;

/**
 * assessmentCalibration: every project signed in the window, assessed as of its signing day with the
 * facts known then (the chain, the investor's credit check and record), against what it did after.
 * Reads only.
 */
@Injectable()
export class CalibrationService {
  constructor(
    private readonly gw: Neo4jGateway,
    private readonly reader: AssessmentReader,
  ) {}

  async calibrate(given?: CalibrationInput | null): Promise<AssessmentCalibration> {
    // GraphQL passes an explicit null for `input: null`, which a default parameter would not replace.
    const input = given ?? {};
    const outcomesOn = input.outcomesOn ?? today();
    const signedTo = input.signedTo ?? addDays(outcomesOn, -OUTCOME_LAG_DAYS);
    const signedFrom = input.signedFrom ?? '2000-01-01';
    if (outcomesOn > today())
      throw new BadInputError([
        { path: 'input.outcomesOn', message: 'outcomes are not known in the future', messageZh: '结果日期不能晚于今天' },
      ]);
    if (signedFrom > signedTo || signedTo > outcomesOn || !isCalendarDate(signedFrom))
      throw new BadInputError([
        {
          path: 'input.signedTo',
          message: 'the window must end after it starts and by the outcome day',
          messageZh: '签约区间须先起后止，且不晚于结果日期',
        },
      ]);
    const ids = (await this.gw.read(SIGNED_PROJECTS, { from: signedFrom, to: signedTo })).map((r) => r.id);
    const rows = ids.length > 0 ? await this.gw.read(PROJECT_TERMS, { ids }) : [];
    // At its signing a project had no approval plan yet: every project is assessed without one.
    const assessed = await this.reader.assess(
      rows.map((r) => ({ subject: { ...subjectOfProject(r), approvals: null }, asOf: r.signedOn!, today: false })),
    );
    const cases: CalibrationCase[] = assessed.map((a, i) => {
      const r = rows[i];
      const parts = a.outcome.parts;
      return {
        score: a.outcome.score,
        vetoed: a.outcome.vetoes.some((v) => v.status === VetoStatus.TRIGGERED),
        shares: Object.fromEntries(parts.map((p) => [p.key, p.share])) as Record<PartKey, number>,
        weights: Object.fromEntries(parts.map((p) => [p.key, p.weight])) as Record<PartKey, number>,
        signedOn: r.signedOn!,
        agreedStartOn: r.agreedStartOn,
        startedOn: r.startedOn,
        defaultedOn: r.defaultedOn,
      };
    });
    const table = calibrate(cases, outcomesOn, this.reader.rules);
    const demo = rows.length > 0 ? '演示数据中的项目结果（开工、违约）是虚构的：演示校准只说明方法，不能证明评分对真实项目有效' : null;
    return {
      signedFrom,
      signedTo,
      outcomesOn,
      projects: cases.length,
      ...table,
      notes: [
        `按各项目签约当日的图谱评估：之后的信用核查、项目与产业链变化不计入；园区可供地按现状，可能偏乐观`,
        `履约率：约定开工日（未约定的按签约后 ${this.reader.rules.startDueDays} 天）已到期的项目中，按期开工且未违约的比例；违约率、开工率按全部项目计`,
        `结果截至 ${outcomesOn}；签约晚于 ${signedTo} 的项目结果尚未显现，不计入`,
        ...(demo ? [demo] : []),
      ],
    };
  }
}
