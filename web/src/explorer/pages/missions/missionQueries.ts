// The missions and sanctions pages' GraphQL documents, bundled as text. test/unit/web/explorer/queries.test.ts validates each against schema/*.graphql.
import missionQuery from '../../graphql/mission.graphql?raw';
import missionsQuery from '../../graphql/missions.graphql?raw';
import sanctionsRegimeQuery from '../../graphql/sanctionsRegime.graphql?raw';
import sanctionsRegimesQuery from '../../graphql/sanctionsRegimes.graphql?raw';

export const MISSION_QUERIES = {
  missions: missionsQuery,
  mission: missionQuery,
  sanctionsRegimes: sanctionsRegimesQuery,
  sanctionsRegime: sanctionsRegimeQuery,
};
