import crypto from 'node:crypto';
import type { GatewayTx } from '../../db/gateway';
import { TARGET_PROGRESSION, TARGET_STATUS_ZH, TargetStatus } from '../../domain/enums';
import { BadInputError, NotFoundError } from '../../errors';
import { Injectable } from '../../graphql/scope';
import { Change, ConflictVersionError, WriteService } from '../../graph/write.service';
import { AssignTargetInput, LogFollowUpInput, SetTargetStatusInput, UnassignTargetInput } from './ledger.input';
import {
  ADD_FOLLOW_UP,
  ASSIGN_TARGET,
  FollowUpRow,
  LOCK_ENTERPRISE,
  SET_TARGET_STATUS,
  TARGET_STATE,
  TargetState,
  TEAM_EXISTS,
  UNASSIGN_TARGET,
} from './ledger.queries';
import { today } from '../../domain/calendar';

/** The statuses a target may move to from `current` (unset reads as 线索). */
export function allowedTargetMoves(current: TargetStatus | null): TargetStatus[] {
  const from = current ?? TargetStatus.LEAD;
  if (from === TargetStatus.DROPPED) return [TargetStatus.LEAD]; // revived, from the start
  const i = TARGET_PROGRESSION.indexOf(from);
  const next = TARGET_PROGRESSION[i + 1];
  return from === TargetStatus.SIGNED ? [] : [...(next ? [next] : []), TargetStatus.DROPPED];
}

function view(s: TargetState): Record<string, unknown> {
  return { targetStatus: s.targetStatus, targetStatusReason: s.targetStatusReason, followers: s.followers };
}

/** 招商对象: who follows which firm, what happened, and where the campaign stands with it. */
@Injectable()
export class TargetLedgerService {
  constructor(private readonly writes: WriteService) {}

  assignTarget(input: AssignTargetInput): Promise<{ uscc: string }> {
    return this.writes.run('assignTarget', input, (tx) =>
      this.onTarget(tx, input.uscc, input.teamId, async () => {
        await tx.run(ASSIGN_TARGET, {
          uscc: input.uscc,
          teamId: input.teamId,
          owner: input.owner,
          dueOn: input.dueOn ?? null,
          on: today(),
        });
      }),
    );
  }

  unassignTarget(input: UnassignTargetInput): Promise<{ uscc: string }> {
    return this.writes.run('unassignTarget', input, (tx) =>
      this.onTarget(tx, input.uscc, input.teamId, async () => {
        const [removed] = await tx.run(UNASSIGN_TARGET, { uscc: input.uscc, teamId: input.teamId });
        if (!removed)
          throw new NotFoundError(`team ${input.teamId} following ${input.uscc}`, '', [
            { path: 'input.teamId', message: 'this team does not follow the firm' },
          ]);
      }),
    );
  }

  logFollowUp(input: LogFollowUpInput): Promise<FollowUpRow> {
    return this.writes.run('logFollowUp', input, async (tx) => {
      await this.lock(tx, input.uscc, input.teamId ?? null);
      const problems = [
        ...(input.on > today() ? [{ path: 'input.on', message: 'must not be in the future' }] : []),
        ...(input.nextOn && input.nextOn < input.on ? [{ path: 'input.nextOn', message: 'must not be before the follow-up' }] : []),
      ];
      if (problems.length > 0) throw new BadInputError(problems);
      const id = `FU-${crypto.randomUUID()}`;
      const [row] = await tx.run(ADD_FOLLOW_UP, {
        uscc: input.uscc,
        id,
        on: input.on,
        kind: input.kind,
        peopleMet: input.peopleMet,
        notes: input.notes,
        nextStep: input.nextStep ?? null,
        nextOn: input.nextOn ?? null,
        by: this.writes.actor,
        teamId: input.teamId ?? null,
      });
      return {
        result: row.followUp,
        changes: [{ label: 'Enterprise', key: input.uscc, before: {}, after: { followUp: `${input.kind} ${input.on} (${id})` } }],
      };
    });
  }

  setTargetStatus(input: SetTargetStatusInput): Promise<{ uscc: string }> {
    return this.writes.run('setTargetStatus', input, async (tx) => {
      await this.lock(tx, input.uscc, null);
      const before = await this.state(tx, input.uscc);
      if (before.version !== input.expectedVersion)
        throw new ConflictVersionError('Enterprise', input.uscc, input.expectedVersion, before.version);
      const current = (before.targetStatus as TargetStatus | null) ?? null;
      const allowed = allowedTargetMoves(current);
      if (!allowed.includes(input.status)) {
        const from = current ?? TargetStatus.LEAD;
        const names = allowed.map((s) => `${s} (${TARGET_STATUS_ZH[s]})`).join(', ') || 'none';
        const zh = allowed.map((s) => TARGET_STATUS_ZH[s]).join('、') || '无';
        throw new BadInputError([
          {
            path: 'input.status',
            message: `${from} → ${input.status} is not allowed; allowed: ${names}`,
            messageZh: `不能从「${TARGET_STATUS_ZH[from]}」改为「${TARGET_STATUS_ZH[input.status]}」，可改为：${zh}`,
          },
        ]);
      }
      if (input.status === TargetStatus.DROPPED && !input.reason?.trim())
        throw new BadInputError([{ path: 'input.reason', message: 'a reason is required to drop a target (放弃须说明原因)' }]);
      await tx.run(SET_TARGET_STATUS, {
        uscc: input.uscc,
        status: input.status,
        reason: input.reason ?? null,
        on: today(),
        version: before.version + 1,
      });
      const after = await this.state(tx, input.uscc);
      return {
        result: { uscc: input.uscc },
        changes: [{ label: 'Enterprise', key: input.uscc, before: view(before), after: view(after) }],
      };
    });
  }

  private async onTarget(
    tx: GatewayTx,
    uscc: string,
    teamId: string,
    work: () => Promise<void>,
  ): Promise<{ result: { uscc: string }; changes: Change[] }> {
    await this.lock(tx, uscc, teamId);
    const before = await this.state(tx, uscc);
    await work();
    const after = await this.state(tx, uscc);
    return { result: { uscc }, changes: [{ label: 'Enterprise', key: uscc, before: view(before), after: view(after) }] };
  }

  /** The firm (and team) must exist; the firm is locked so that concurrent writes about it queue. */
  private async lock(tx: GatewayTx, uscc: string, teamId: string | null): Promise<void> {
    const [r] = await tx.run(TEAM_EXISTS, { uscc, teamId });
    const missing = [
      ...(r.enterprise ? [] : [{ path: 'input.uscc', message: `no enterprise ${uscc}` }]),
      ...(r.team || teamId === null ? [] : [{ path: 'input.teamId', message: `no team ${teamId}` }]),
    ];
    if (missing.length > 0) throw new NotFoundError(missing.map((m) => m.message.slice(3)).join(', '), '', missing);
    await tx.run(LOCK_ENTERPRISE, { uscc });
  }

  private async state(tx: GatewayTx, uscc: string): Promise<TargetState> {
    const [row] = await tx.run(TARGET_STATE, { uscc });
    return row;
  }
}
