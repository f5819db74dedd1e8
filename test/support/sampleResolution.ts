/** A resolution row as the `resolution` projection returns it, for canned answers. */
export function sampleResolution(number: number): Record<string, unknown> {
  return {
    number,
    symbol: `S/RES/${number} (2017)`,
    date: '2017-12-21',
    year: 2017,
    title: 'Threats to international peace and security caused by terrorist acts',
    agenda: null,
    hasText: true,
    mainTopic: null,
    draft: null,
    sponsors: [],
    adoptionNote: null,
    undlRecord: null,
    modality: 'adopted unanimously',
    votesYes: 15,
    votesNo: 0,
    votesAbstain: 0,
    votesNonVoting: 0,
    unanimous: true,
    citesCount: 1,
    citedByCount: 1,
    influence: 0.001,
  };
}
