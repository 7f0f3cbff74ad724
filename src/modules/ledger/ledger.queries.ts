import { defineQuery, nested } from '../../db/query';
import { Project, PROJECT_NODE } from '../project/project.type';

/** The project's state an audit entry compares: properties and references. */
export interface ProjectState {
  node: Project & { version?: number | null };
  industryCode: string | null;
  investorUscc: string | null;
  parkId: string | null;
  teamId: string | null;
  linkCodes: string[];
}
const PROJECT_WITH_VERSION = { ...PROJECT_NODE, version: 'number?' } as const;

export const LOCK_PROJECT = defineQuery<{ id: string }, { id: string }>('ledger/lock-project', { id: 'string' });
export const PROJECT_STATE = defineQuery<{ id: string }, ProjectState>('ledger/project-state', {
  node: nested<ProjectState['node']>(PROJECT_WITH_VERSION),
  industryCode: 'string?',
  investorUscc: 'string?',
  parkId: 'string?',
  teamId: 'string?',
  linkCodes: 'string[]',
});

export interface ProjectRefs {
  industryCode: string | null;
  investorUscc: string | null;
  parkId: string | null;
  teamId: string | null;
  linkCodes: string[] | null;
}
export const PROJECT_REFS = defineQuery<ProjectRefs, { industry: boolean; investor: boolean; park: boolean; team: boolean; missingLinks: string[] }>(
  'ledger/project-refs',
  { industry: 'boolean', investor: 'boolean', park: 'boolean', team: 'boolean', missingLinks: 'string[]' },
);
export const SAVE_PROJECT = defineQuery<ProjectRefs & { id: string; props: Record<string, unknown> }, { node: Project }>('ledger/save-project', {
  node: nested<Project>(PROJECT_WITH_VERSION),
});
