import crypto from 'node:crypto';
import { NANAN_CITY_CODE } from '../../domain/enums';
import { searchText } from '../../domain/search-text';
import { BadInputError, NotFoundError } from '../../errors';
import { Injectable } from '../../graphql/scope';
import type { Enterprise } from '../../graph/enterprise.type';
import type { Person } from '../../graph/person.type';
import { ConflictVersionError, WriteService } from '../../graph/write.service';
import { LinkExecutiveInput, RecordMembershipInput, UpsertEnterpriseInput, UpsertPersonInput } from './ledger.input';
import {
  ENTERPRISE_STATE,
  EnterpriseState,
  LINK_EXECUTIVE,
  LOCK_ENTERPRISE,
  LOCK_PERSON,
  PERSON_REFS,
  PERSON_STATE,
  PersonState,
  PLACE_REFS,
  RECORD_MEMBERSHIP,
  SAVE_ENTERPRISE,
  SAVE_PERSON,
} from './ledger.queries';

const FIRM_FIELDS = [
  'name',
  'revenueYi',
  'ownership',
  'isLocal',
  'isTarget',
  'fortune500',
  'chainLeader',
  'specialized',
  'highTech',
  'expansionPlan',
  'recentFinancing',
] as const;

function strip<T extends object>(node: T): Record<string, unknown> {
  const { searchText: _s, version: _v, ...rest } = node as T & { searchText?: unknown; version?: unknown };
  void _s;
  void _v;
  return rest;
}
const firmView = (s: EnterpriseState | undefined): Record<string, unknown> =>
  s ? { ...strip(s.node), cityCode: s.cityCode, countryCode: s.countryCode } : {};
const personView = (s: PersonState | undefined): Record<string, unknown> =>
  s ? { ...strip(s.node), nativeCityCode: s.nativeCityCode } : {};

/** 企业库 and the 以商招商 network: firms, people, positions and chamber roles (admins). */
@Injectable()
export class RegistryLedgerService {
  constructor(private readonly writes: WriteService) {}

  upsertEnterprise(input: UpsertEnterpriseInput): Promise<Enterprise> {
    return this.writes.run('upsertEnterprise', input, async (tx) => {
      await tx.run(LOCK_ENTERPRISE, { uscc: input.uscc });
      const [before] = await tx.run(ENTERPRISE_STATE, { uscc: input.uscc });
      const current = before?.node.version ?? 0;
      if (before && input.expectedVersion === undefined)
        throw new BadInputError([
          { path: 'input.expectedVersion', message: `the firm exists (version ${current}): name the version you read to update it` },
        ]);
      if (before && input.expectedVersion !== current)
        throw new ConflictVersionError('Enterprise', input.uscc, input.expectedVersion!, current);
      if (!before && input.expectedVersion !== undefined && input.expectedVersion !== 0)
        throw new NotFoundError('Enterprise', input.uscc, [{ path: 'input.uscc', message: 'no such firm to update' }]);
      const problems = [
        ...(!before && !input.name ? [{ path: 'input.name', message: 'is required to create a firm' }] : []),
        ...(!before && input.cityCode === undefined && input.countryCode === undefined
          ? [{ path: 'input.cityCode', message: 'a city, or for a firm abroad a countryCode, is required to create a firm' }]
          : []),
        ...(input.cityCode !== undefined && input.countryCode !== undefined
          ? [{ path: 'input.countryCode', message: 'give a city or a country, not both' }]
          : []),
      ];
      const isLocal = input.isLocal ?? before?.node.isLocal === true;
      const city = input.countryCode !== undefined ? null : (input.cityCode ?? before?.cityCode ?? null);
      if (isLocal && city !== NANAN_CITY_CODE)
        problems.push({ path: 'input.cityCode', message: `a local firm must be in 南安市 (${NANAN_CITY_CODE})` });
      if (problems.length > 0) throw new BadInputError(problems);
      const [places] = await tx.run(PLACE_REFS, { cityCode: input.cityCode ?? null, countryCode: input.countryCode ?? null });
      if (!places.city || !places.country) {
        const fields = [
          ...(places.city ? [] : [{ path: 'input.cityCode', message: `no city ${input.cityCode}` }]),
          ...(places.country ? [] : [{ path: 'input.countryCode', message: `no country ${input.countryCode}` }]),
        ];
        throw new NotFoundError(fields.map((f) => f.message.slice(3)).join(', '), '', fields);
      }
      const props: Record<string, unknown> = { version: current + 1 };
      for (const f of FIRM_FIELDS) if (input[f] !== undefined) props[f] = input[f];
      if (input.name !== undefined) props.searchText = searchText(input.name);
      if (!before)
        Object.assign(props, {
          source: 'USER',
          listed: false,
          isLocal,
          isTarget: input.isTarget ?? false,
          fortune500: input.fortune500 ?? false,
          chainLeader: input.chainLeader ?? false,
          specialized: input.specialized ?? false,
          highTech: input.highTech ?? false,
          expansionPlan: input.expansionPlan ?? false,
          recentFinancing: input.recentFinancing ?? false,
        });
      const [saved] = await tx.run(SAVE_ENTERPRISE, {
        uscc: input.uscc,
        props,
        cityCode: input.cityCode ?? null,
        countryCode: input.countryCode ?? null,
      });
      const [after] = await tx.run(ENTERPRISE_STATE, { uscc: input.uscc });
      return { result: saved.node, changes: [{ label: 'Enterprise', key: input.uscc, before: firmView(before), after: firmView(after) }] };
    });
  }

  upsertPerson(input: UpsertPersonInput): Promise<Person> {
    return this.writes.run('upsertPerson', input, async (tx) => {
      const id = input.id ?? `P-U${crypto.randomBytes(5).toString('hex').toUpperCase()}`;
      let before: PersonState | undefined;
      if (input.id) {
        const [locked] = await tx.run(LOCK_PERSON, { id });
        if (!locked) throw new NotFoundError('Person', id, [{ path: 'input.id', message: 'no such person; omit id to create one' }]);
        [before] = await tx.run(PERSON_STATE, { id });
        const current = before.node.version ?? 0;
        if (input.expectedVersion === undefined)
          throw new BadInputError([
            { path: 'input.expectedVersion', message: `name the version you read (now ${current}) to update a person` },
          ]);
        if (input.expectedVersion !== current) throw new ConflictVersionError('Person', id, input.expectedVersion, current);
      } else if (!input.name) {
        throw new BadInputError([{ path: 'input.name', message: 'is required to create a person' }]);
      }
      const [refs] = await tx.run(PERSON_REFS, { personId: null, uscc: null, chamberId: null, cityCode: input.nativeCityCode ?? null });
      if (!refs.city)
        throw new NotFoundError('City', input.nativeCityCode!, [
          { path: 'input.nativeCityCode', message: `no city ${input.nativeCityCode}` },
        ]);
      const props: Record<string, unknown> = { version: (before?.node.version ?? 0) + 1 };
      if (input.name !== undefined) Object.assign(props, { name: input.name, searchText: searchText(input.name) });
      if (input.overseasChinese !== undefined) props.overseasChinese = input.overseasChinese;
      if (!before) Object.assign(props, { source: 'USER', overseasChinese: input.overseasChinese ?? false });
      const [saved] = await tx.run(SAVE_PERSON, { id, props, nativeCityCode: input.nativeCityCode ?? null });
      const [after] = await tx.run(PERSON_STATE, { id });
      return { result: saved.node, changes: [{ label: 'Person', key: id, before: personView(before), after: personView(after) }] };
    });
  }

  linkExecutive(input: LinkExecutiveInput): Promise<Person> {
    return this.writes.run('linkExecutive', input, async (tx) => {
      await this.checkPeopleRefs(tx, { personId: input.personId, uscc: input.uscc, chamberId: null, cityCode: null });
      await tx.run(LOCK_PERSON, { id: input.personId });
      const [row] = await tx.run(LINK_EXECUTIVE, input);
      const [person] = await tx.run(PERSON_STATE, { id: input.personId });
      return {
        result: person.node,
        changes: [
          {
            label: 'Person',
            key: input.personId,
            before: { [`executiveOf:${input.uscc}`]: row.before },
            after: { [`executiveOf:${input.uscc}`]: input.title },
          },
        ],
      };
    });
  }

  recordMembership(input: RecordMembershipInput): Promise<Person> {
    return this.writes.run('recordMembership', input, async (tx) => {
      await this.checkPeopleRefs(tx, { personId: input.personId, uscc: null, chamberId: input.chamberId, cityCode: null });
      await tx.run(LOCK_PERSON, { id: input.personId });
      const [row] = await tx.run(RECORD_MEMBERSHIP, input);
      const [person] = await tx.run(PERSON_STATE, { id: input.personId });
      return {
        result: person.node,
        changes: [
          {
            label: 'Person',
            key: input.personId,
            before: { [`memberOf:${input.chamberId}`]: row.before },
            after: { [`memberOf:${input.chamberId}`]: input.role },
          },
        ],
      };
    });
  }

  private async checkPeopleRefs(
    tx: Parameters<Parameters<WriteService['run']>[2]>[0],
    refs: { personId: string | null; uscc: string | null; chamberId: string | null; cityCode: string | null },
  ): Promise<void> {
    const [r] = await tx.run(PERSON_REFS, refs);
    const fields = [
      ...(r.person ? [] : [{ path: 'input.personId', message: `no person ${refs.personId}` }]),
      ...(r.enterprise ? [] : [{ path: 'input.uscc', message: `no enterprise ${refs.uscc}` }]),
      ...(r.chamber ? [] : [{ path: 'input.chamberId', message: `no chamber ${refs.chamberId}` }]),
    ];
    if (fields.length > 0) throw new NotFoundError(fields.map((f) => f.message.slice(3)).join(', '), '', fields);
  }
}
