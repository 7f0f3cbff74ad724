import { SERVICE_KIND_ZH, ServiceKind, ServiceStatus } from '../../domain/landing-enums';
import { Office, OFFICE_ZH } from '../../domain/offices';
import type { HandoffRow, ServiceRow, StepRow } from './landing.queries';
import { ApprovalStepState, Handoff, ProjectApprovalStep, ServiceRequest } from './landing.type';

/** Rows of the landing Cypher into the GraphQL types, with the Chinese labels officials read. */
export function toStep(r: StepRow): ProjectApprovalStep {
  const office = r.office as Office;
  const state = r.doneOn ? ApprovalStepState.DONE : r.startedOn ? ApprovalStepState.IN_PROGRESS : ApprovalStepState.PENDING;
  return { ...r, office, officeLabel: OFFICE_ZH[office] ?? r.office, state };
}

export function toService(r: ServiceRow): ServiceRequest {
  const kind = r.kind as ServiceKind;
  return { ...r, kind, kindLabel: SERVICE_KIND_ZH[kind] ?? r.kind, office: r.office as Office, status: r.status as ServiceStatus };
}

export function toHandoff(r: HandoffRow): Handoff {
  const fromOffice = r.fromOffice as Office;
  const toOffice = r.toOffice as Office;
  return { ...r, fromOffice, toOffice, label: `${OFFICE_ZH[fromOffice] ?? fromOffice} → ${OFFICE_ZH[toOffice] ?? toOffice}` };
}
