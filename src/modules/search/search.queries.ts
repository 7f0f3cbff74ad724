import { defineQuery } from '../../db/query';
import type { SearchKind, SearchNode } from './search.type';

/** A hit's node is one of several labels; the resolver types it by `kind`. */
export const SEARCH_NAMES = defineQuery<
  { query: string; skip: number; limit: number; candidates: number },
  { kind: SearchKind; key: string; score: number; node: SearchNode }
>('search/names', { kind: 'string', key: 'string', score: 'number', node: 'map' });
