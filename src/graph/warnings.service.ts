import DataLoader from 'dataloader';
import { AnalysisSettings } from '../analysis-settings';
import { Neo4jGateway } from '../db/gateway';
import { Office } from '../domain/offices';
import { ProjectStage } from '../domain/project-stage';
import { ProjectFacts, ProjectWarning, projectWarning } from '../domain/warnings.model';
import { Injectable } from '../graphql/scope';
import { WARNING_FACTS, WarningFactsRow } from './warnings.queries';
import type { WarningCounts } from './warning.type';

/** A watched project and its warning on a day. */
export interface Warned {
  projectId: string;
  projectName: string;
  stage: ProjectStage;
  leadOffice: Office | null;
  teamId: string | null;
  parkId: string | null;
  plotIds: string[];
  warning: ProjectWarning;
}

/** The facts the rules read, from one project's row. */
export function factsOf(r: WarningFactsRow): ProjectFacts {
  return {
    stage: r.stage as ProjectStage,
    signedOn: r.signedOn,
    agreedStartOn: r.agreedStartOn,
    defaultedOn: r.defaultedOn,
    tasks: [...r.steps, ...r.services].map((t) => ({ name: t.name, office: t.office as Office, dueOn: t.dueOn, done: false })),
    milestones:
      r.agreedProduceOn && !r.producingOn && r.stage !== (ProjectStage.PRODUCING as string)
        ? [{ name: '投产', dueOn: r.agreedProduceOn, met: false }]
        : [],
    funds: r.funds,
  };
}

export function countColours(list: Array<{ warning: { colour: string } }>): WarningCounts {
  const c = { green: 0, amber: 0, red: 0 };
  for (const p of list) c[p.warning.colour.toLowerCase() as 'green' | 'amber' | 'red'] += 1;
  return c;
}

/**
 * 三色预警 over the graph: every watched project (not withdrawn) judged by the pure rules
 * (src/domain/warnings.model.ts) with the configured thresholds. Shared by the landing boards and
 * the pipeline statistics.
 */
@Injectable()
export class ProjectWarningReader {
  /** One loader per judging day, so the warnings of a page of projects (or plots) take one statement. */
  private readonly loaders = new Map<string, DataLoader<string, Warned | null>>();

  constructor(
    private readonly gw: Neo4jGateway,
    private readonly settings: AnalysisSettings,
  ) {}

  /** One project's warning on `on`, batched with the others asked in the same tick; null when withdrawn or unknown. */
  of(projectId: string, on: string): Promise<Warned | null> {
    let l = this.loaders.get(on);
    if (!l) {
      l = new DataLoader(async (ids) => {
        const found = new Map((await this.warned([...ids], on)).map((w) => [w.projectId, w]));
        return ids.map((id) => found.get(id) ?? null);
      });
      this.loaders.set(on, l);
    }
    return l.load(projectId);
  }

  async warned(ids: string[] | null, on: string): Promise<Warned[]> {
    const rules = this.settings.config.landing.warnings;
    const rows = await this.gw.read(WARNING_FACTS, { ids });
    return rows.map((r) => ({
      projectId: r.id,
      projectName: r.name,
      stage: r.stage as ProjectStage,
      leadOffice: (r.leadOffice as Office | null) ?? null,
      teamId: r.teamId,
      parkId: r.parkId,
      plotIds: r.plotIds,
      warning: projectWarning(factsOf(r), on, rules),
    }));
  }
}
