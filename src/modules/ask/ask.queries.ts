import { defineQuery, NoParams } from '../../db/query';
import type { NamedNode } from './ask.gazetteer';

export const ASK_NAMES = defineQuery<NoParams, NamedNode>('ask/names', {
  kind: 'string',
  key: 'string',
  name: 'string',
  industryCode: 'string?',
});

export const ASK_DATA_THROUGH = defineQuery<NoParams, { day: string | null }>('ask/data-through', { day: 'string?' });
