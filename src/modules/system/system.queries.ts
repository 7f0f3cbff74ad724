import { defineQuery, NoParams } from '../../db/query';

export const ABOUT = defineQuery<NoParams, { version: string; edition: string; counts: Record<string, number> }>('system/about', {
  version: 'string',
  edition: 'string',
  counts: 'map',
});
