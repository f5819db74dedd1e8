import type { Vote } from '../src/generated/graphql';
import type { MemberModel } from './MemberModel';

/** One member's seat for one resolution (a SAT_ON edge). */
export interface SeatModel {
  member: MemberModel;
  vote: Vote | null;
  permanent: boolean;
  voteSource: string | null;
}
