import { defineQuery } from '../db/query';

/** What the three-colour rules read about each watched project (cypher/landing/warning-facts.cypher). */
export interface WarningFactsRow {
  id: string;
  name: string;
  stage: string;
  leadOffice: string | null;
  signedOn: string | null;
  agreedStartOn: string | null;
  defaultedOn: string | null;
  agreedProduceOn: string | null;
  producingOn: string | null;
  teamId: string | null;
  parkId: string | null;
  steps: Array<{ name: string; office: string; dueOn: string }>;
  services: Array<{ name: string; office: string; dueOn: string }>;
  funds: Array<{ fund: string; committedOn: string; committedYi: number; investedYi: number }>;
  plotIds: string[];
}
export const WARNING_FACTS = defineQuery<{ ids: string[] | null }, WarningFactsRow>('landing/warning-facts', {
  id: 'string',
  name: 'string',
  stage: 'string',
  leadOffice: 'string?',
  signedOn: 'string?',
  agreedStartOn: 'string?',
  defaultedOn: 'string?',
  agreedProduceOn: 'string?',
  producingOn: 'string?',
  teamId: 'string?',
  parkId: 'string?',
  steps: 'map[]',
  services: 'map[]',
  funds: 'map[]',
  plotIds: 'string[]',
});
