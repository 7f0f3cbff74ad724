import { Office } from './offices';

/**
 * The states of the land pool (园区空间资源池) and the records of the service pools, with the Chinese
 * labels analysts read. Which moves between plot states are allowed lives in src/modules/land.
 */
export enum PlotStatus {
  AVAILABLE = 'AVAILABLE',
  RESERVED = 'RESERVED',
  ALLOCATED = 'ALLOCATED',
  BUILDING = 'BUILDING',
  PRODUCING = 'PRODUCING',
  IDLE = 'IDLE',
  REVITALIZING = 'REVITALIZING',
}
export const PLOT_STATUS_ZH: Record<PlotStatus, string> = {
  AVAILABLE: '可供地',
  RESERVED: '已预留',
  ALLOCATED: '已供地',
  BUILDING: '在建',
  PRODUCING: '已投产',
  IDLE: '低效闲置',
  REVITALIZING: '盘活中',
};
/** Plots a project holds (预留 or 供地 to it, built on, producing). */
export const HELD_PLOT_STATUSES: readonly PlotStatus[] = [
  PlotStatus.RESERVED,
  PlotStatus.ALLOCATED,
  PlotStatus.BUILDING,
  PlotStatus.PRODUCING,
];

/** What a key project asks the 重点办 for (项目建设服务). */
export enum ServiceKind {
  UTILITIES = 'UTILITIES',
  LABOUR = 'LABOUR',
  ROADS = 'ROADS',
  FACILITIES = 'FACILITIES',
  FINANCING = 'FINANCING',
  OTHER = 'OTHER',
}
export const SERVICE_KIND_ZH: Record<ServiceKind, string> = {
  UTILITIES: '水电气',
  LABOUR: '用工',
  ROADS: '道路',
  FACILITIES: '配套',
  FINANCING: '融资',
  OTHER: '其他',
};
/** The office a request goes to unless the caller names another. */
export const SERVICE_KIND_OFFICE: Record<ServiceKind, Office> = {
  UTILITIES: Office.KEY_PROJECTS,
  LABOUR: Office.KEY_PROJECTS,
  ROADS: Office.KEY_PROJECTS,
  FACILITIES: Office.PARKS,
  FINANCING: Office.STATE_ASSETS,
  OTHER: Office.KEY_PROJECTS,
};

export enum ServiceStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}
export const SERVICE_STATUS_ZH: Record<ServiceStatus, string> = { OPEN: '办理中', RESOLVED: '已解决' };
