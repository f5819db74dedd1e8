// The shapes of the missions and sanctions documents' answers (web/src/explorer/graphql/mission*.graphql, sanctions*.graphql).
import type { MissionKind } from './missionRoutes';

export type MandateAction = 'ESTABLISHES' | 'EXTENDS' | 'MODIFIES' | 'TERMINATES';
export type RegimeAction = 'ESTABLISHES' | 'RENEWS' | 'MODIFIES';
export type MeasureKind = 'ARMS_EMBARGO' | 'ASSET_FREEZE' | 'TRAVEL_BAN' | 'OTHER';
export type MeasureAction = 'IMPOSES' | 'EXTENDS' | 'LIFTS' | 'MODIFIES';

export interface ResolutionRef {
  number: number;
  year: number;
  date?: string | null;
  symbol?: string;
  title?: string | null;
}
export interface MissionRef {
  key: string;
  acronym: string | null;
  name?: string;
}

export interface MissionListItem extends MissionRef {
  name: string;
  kind: MissionKind;
  establishedBy: ResolutionRef | null;
  terminatedBy: ResolutionRef | null;
  lastMandateUntil: string | null;
  succeededBy: MissionRef[];
  mandates: Array<{ resolution: ResolutionRef }>;
}
export interface MissionsResult {
  missions: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: MissionListItem }> };
  latest: { edges: Array<{ node: ResolutionRef }> };
}

export interface MandateEvent {
  action: MandateAction;
  until: string | null;
  period: string | null;
  paragraph: string;
  context: string;
  resolution: ResolutionRef;
}
export interface MissionDetail extends MissionRef {
  name: string;
  kind: MissionKind;
  establishedBy: ResolutionRef | null;
  terminatedBy: ResolutionRef | null;
  lastMandateUntil: string | null;
  succeeds: MissionRef[];
  succeededBy: MissionRef[];
  mandates: MandateEvent[];
}
export interface MissionResult {
  mission: MissionDetail | null;
}

export interface RegimeEvent {
  action: RegimeAction;
  until: string | null;
  period: string | null;
  paragraph: string;
  context: string;
  resolution: ResolutionRef;
}
export interface SanctionsMeasure {
  measure: MeasureKind;
  action: MeasureAction;
  paragraph: string;
  context: string;
  resolution: ResolutionRef;
}
export interface RegimeListItem {
  key: string;
  name: string;
  target: string | null;
  establishedBy: ResolutionRef | null;
  resolutions: Array<{ action: RegimeAction; until: string | null; resolution: ResolutionRef }>;
}
export interface SanctionsRegimesResult {
  sanctionsRegimes: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: RegimeListItem }> };
}
export interface RegimeDetail {
  key: string;
  name: string;
  target: string | null;
  establishedBy: ResolutionRef | null;
  resolutions: RegimeEvent[];
  measures: SanctionsMeasure[];
}
export interface SanctionsRegimeResult {
  sanctionsRegime: RegimeDetail | null;
}

/** `Resolution.missions` and `Resolution.sanctions` as the resolution page selects them. */
export interface ResolutionMissionAction {
  action: MandateAction;
  until: string | null;
  period: string | null;
  paragraph: string;
  mission: MissionRef & { name: string };
}
export interface ResolutionSanctionsAction {
  action: RegimeAction;
  until: string | null;
  paragraph: string;
  regime: { key: string; name: string; target: string | null };
  measures: Array<{ measure: MeasureKind; action: MeasureAction; paragraph: string }>;
}
