// The browse pages' GraphQL documents, bundled as text. test/unit/web/explorer/queries.test.ts validates each against schema/*.graphql.
import meetingQuery from '../../graphql/meeting.graphql?raw';
import memberQuery from '../../graphql/member.graphql?raw';
import membersQuery from '../../graphql/members.graphql?raw';
import memberVotesQuery from '../../graphql/memberVotes.graphql?raw';
import topicQuery from '../../graphql/topic.graphql?raw';
import topicsQuery from '../../graphql/topics.graphql?raw';
import yearQuery from '../../graphql/year.graphql?raw';
import yearsQuery from '../../graphql/years.graphql?raw';

export const BROWSE_QUERIES = {
  years: yearsQuery,
  year: yearQuery,
  topics: topicsQuery,
  topic: topicQuery,
  members: membersQuery,
  member: memberQuery,
  memberVotes: memberVotesQuery,
  meeting: meetingQuery,
};
