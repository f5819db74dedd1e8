/** A member node as `cypher/member/*` returns it. */
export interface MemberModel {
  code: string;
  name: string;
  permanent: boolean;
  years: number[];
}
