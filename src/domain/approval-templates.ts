import { Office } from './offices';

/**
 * The approval steps before 开工 (项目前期审批), per kind of project: what each step is, which
 * office pushes it and what it waits for. The working days each takes are settings
 * (analysis.approvals in the config file), since every county commits its own time limits (承诺时限);
 * the defaults below are examples, not Nan'an's published limits.
 */
export enum ApprovalTemplate {
  /** An industrial project on newly supplied land (新供地工业项目). */
  NEW_LAND = 'NEW_LAND',
  /** A project moving into standard factory floor space (入驻标准厂房). */
  STANDARD_FACTORY = 'STANDARD_FACTORY',
}

export interface TemplateStep {
  code: string;
  name: string;
  office: Office;
  after: string[];
}

export const APPROVAL_TEMPLATES: Record<ApprovalTemplate, TemplateStep[]> = {
  NEW_LAND: [
    { code: 'FILING', name: '项目备案（立项）', office: Office.PREPARATION, after: [] },
    { code: 'LAND_PREAPPROVAL', name: '用地预审与选址意见书', office: Office.PARKS, after: ['FILING'] },
    { code: 'LAND_TRANSFER', name: '土地出让与不动产权证', office: Office.PARKS, after: ['LAND_PREAPPROVAL'] },
    { code: 'LAND_PLANNING', name: '建设用地规划许可', office: Office.PREPARATION, after: ['LAND_TRANSFER'] },
    { code: 'EIA', name: '环境影响评价批复', office: Office.PREPARATION, after: ['FILING'] },
    { code: 'ENERGY', name: '节能审查', office: Office.PREPARATION, after: ['FILING'] },
    { code: 'WORKS_PLANNING', name: '建设工程规划许可', office: Office.PREPARATION, after: ['LAND_PLANNING'] },
    { code: 'DRAWINGS', name: '施工图审查', office: Office.PREPARATION, after: ['WORKS_PLANNING'] },
    { code: 'CONSTRUCTION_PERMIT', name: '施工许可', office: Office.PREPARATION, after: ['DRAWINGS', 'EIA', 'ENERGY'] },
  ],
  STANDARD_FACTORY: [
    { code: 'FILING', name: '项目备案（立项）', office: Office.PREPARATION, after: [] },
    { code: 'LEASE', name: '标准厂房租赁（购置）合同', office: Office.PARKS, after: ['FILING'] },
    { code: 'EIA', name: '环境影响评价批复', office: Office.PREPARATION, after: ['FILING'] },
    { code: 'ENERGY', name: '节能审查', office: Office.PREPARATION, after: ['FILING'] },
    { code: 'FIRE_DESIGN', name: '消防设计审查', office: Office.PREPARATION, after: ['LEASE'] },
    { code: 'FIT_OUT_PERMIT', name: '装修施工许可', office: Office.PREPARATION, after: ['FIRE_DESIGN', 'EIA', 'ENERGY'] },
  ],
};

/** Default working days per step (examples; set the county's own in analysis.approvals). */
export const DEFAULT_APPROVAL_WORKDAYS: Record<ApprovalTemplate, Record<string, number>> = {
  NEW_LAND: {
    FILING: 3,
    LAND_PREAPPROVAL: 10,
    LAND_TRANSFER: 20,
    LAND_PLANNING: 5,
    EIA: 20,
    ENERGY: 10,
    WORKS_PLANNING: 10,
    DRAWINGS: 10,
    CONSTRUCTION_PERMIT: 5,
  },
  STANDARD_FACTORY: { FILING: 3, LEASE: 5, EIA: 15, ENERGY: 10, FIRE_DESIGN: 10, FIT_OUT_PERMIT: 5 },
};
