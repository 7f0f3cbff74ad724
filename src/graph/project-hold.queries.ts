import { defineQuery } from '../db/query';

/** Whether a project exists, where it stands, and the plots it holds (the land and fund pools check it). */
export const PROJECT_HOLD = defineQuery<
  { projectId: string },
  { id: string; name: string; stage: string; parkId: string | null; plotIds: string[] }
>('land/project-hold', { id: 'string', name: 'string', stage: 'string', parkId: 'string?', plotIds: 'string[]' });
