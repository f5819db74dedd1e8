import type { Paragraph } from '../../../../src/ingest/clean/Paragraph';
import { extractMissions } from '../../../../src/ingest/extract/missions';
import type { MandateDoc } from '../../../../src/ingest/extract/missionsText';

/** A resolution from hand-written operative paragraphs ("1. Decides ..."), numbered as given. */
function doc(number: number, ...ops: string[]): MandateDoc {
  const paragraphs: Paragraph[] = [
    { ordinal: 1, kind: 'preambular', number: null, text: 'The Security Council,' },
    ...ops.map((text, i) => ({ ordinal: i + 2, kind: 'operative' as const, number: i + 1, text: `${i + 1}. ${text}` })),
  ];
  return { number, date: null, title: null, agenda: null, paragraphs };
}

const edges = (docs: MandateDoc[]) => extractMissions(docs).mandates.map((e) => [e.resolution, e.mission, e.action, e.until, e.period, e.paragraph]);

describe('extractMissions', () => {
  it('finds an establishment with its acronym, then renewals to a date or for a period', () => {
    const out = extractMissions([
      doc(1996, 'Decides to establish as of 9 July 2011 the United Nations Mission in the Republic of South Sudan (UNMISS) for an initial period of one year;'),
      doc(2057, 'Commends UNMISS for its work;', 'Decides to extend the mandate of UNMISS until 15 July 2013;'),
      doc(2109, 'Decides to extend the mandate of UNMISS for a period of twelve months;'),
    ]);
    expect(out.missions).toEqual([{ key: 'UNMISS', acronym: 'UNMISS', name: 'United Nations Mission in the Republic of South Sudan', kind: 'OTHER' }]);
    expect(out.mandates.map((e) => [e.resolution, e.action, e.until, e.period, e.paragraph])).toEqual([
      [1996, 'ESTABLISHES', null, 'one year', 'op 1'],
      [2057, 'EXTENDS', '2013-07-15', null, 'op 2'],
      [2109, 'EXTENDS', null, 'twelve months', 'op 1'],
    ]);
  });

  it('does not read mentions that do not act on a mandate as actions', () => {
    expect(
      edges([
        doc(1996, 'Decides to establish the United Nations Mission in the Republic of South Sudan (UNMISS);'),
        doc(2000, 'Commends UNMISS for extending its presence;', 'Requests the Secretary-General to report on the extension of UNMISS deployment;', 'Welcomes the renewal of the mandate of UNMISS;'),
      ]),
    ).toEqual([[1996, 'UNMISS', 'ESTABLISHES', null, null, 'op 1']]);
  });

  it('names an operation set up without an acronym from the acronym later texts define for it', () => {
    expect(
      edges([
        doc(425, 'Decides to establish immediately under its authority a United Nations interim force for Southern Lebanon for the purpose of confirming the withdrawal;'),
        doc(1052, 'Calls upon all parties to respect the United Nations Interim Force in Lebanon (UNIFIL);'),
      ]),
    ).toEqual([[425, 'UNIFIL', 'ESTABLISHES', null, null, 'op 1']]);
  });

  it('links a renamed mission to the one it continues, and handles several missions in one resolution', () => {
    const out = extractMissions([
      doc(1279, 'Decides to establish the United Nations Organization Mission in the Democratic Republic of the Congo (MONUC);'),
      doc(1925, 'Decides to extend the mandate of MONUC until 30 June 2010 and further decides that MONUC shall, as from 1 July 2010, bear the title of the United Nations Organization Stabilization Mission in the Democratic Republic of the Congo (MONUSCO);'),
      doc(2000, 'Decides to extend the mandate of MONUSCO until 31 March 2014;', 'Decides to terminate the mandate of MONUC;'),
    ]);
    expect(out.successions).toEqual([{ successor: 'MONUSCO', predecessor: 'MONUC', resolution: 1925, paragraph: 'op 1' }]);
    expect(out.mandates.filter((e) => e.resolution >= 1925).map((e) => [e.resolution, e.mission, e.action, e.until])).toEqual([
      [1925, 'MONUSCO', 'ESTABLISHES', null],
      [1925, 'MONUC', 'EXTENDS', '2010-06-30'],
      [2000, 'MONUSCO', 'EXTENDS', '2014-03-31'],
      [2000, 'MONUC', 'TERMINATES', null],
    ]);
  });

  it('reads modifications and passive establishments', () => {
    expect(
      edges([
        doc(745, 'Decides that the United Nations Transitional Authority in Cambodia (UNTAC) shall be established under its authority for a period not to exceed eighteen months;'),
        doc(800, 'Authorizes an increase in the strength of UNTAC by 500 police;'),
      ]),
    ).toEqual([
      [745, 'UNTAC', 'ESTABLISHES', null, null, 'op 1'],
      [800, 'UNTAC', 'MODIFIES', null, null, 'op 1'],
    ]);
  });

  it('reads no operation into "the United Nations and" another body (ECOMOG was one until 2026-12-03)', () => {
    const out = extractMissions([
      doc(866, 'Decides to establish a United Nations Observer Mission in Liberia (UNOMIL) under its authority;', 'Notes that the Peace Agreement calls on the United Nations and the Military Observer Group (ECOMOG) of the Economic Community of West African States to supervise its implementation;'),
      doc(1162, 'Commends ECOWAS and its Military Observer Group (ECOMOG);', 'Authorizes the deployment of up to ten United Nations military liaison and security advisory personnel to extend the presence of ECOMOG;'),
    ]);
    expect(out.missions.map((m) => m.key)).toEqual(['UNOMIL']);
  });

  // Three defects of the corpus's mission list until 2026-12-03: a second UNIFIL under its full name, UNAVEM II's
  // establishment read as a mission "… IJ", and a commission of inquiry read as "United Nations Operation in Somalia I".
  it('keeps one mission for a name set up again the next day, reads the scans\' "IJ" as "II", and no commission of inquiry as a mission', () => {
    const out = extractMissions([
      doc(425, 'Decides to establish immediately under its authority a United Nations interim force for Southern Lebanon;'),
      doc(426, 'Decides that the United Nations Interim Force in Lebanon shall be established in accordance with the report;'),
      doc(696, 'Decides to establish the United Nations Angola Verification Mission IJ for a period of seventeen months;'),
      doc(747, 'Decides to extend the mandate of the United Nations Angola Verification Mission II (UNAVEM II) until 31 May 1993;'),
      doc(885, 'Authorizes the establishment of a Commission of Inquiry to investigate armed attacks on personnel of the United Nations Operation in Somalia I which led to casualties;'),
      doc(1052, 'Calls upon all parties to respect the United Nations Interim Force in Lebanon (UNIFIL);'),
    ]);
    expect(out.missions.map((m) => m.key)).toEqual(['UNAVEM II', 'UNIFIL']);
    expect(out.mandates.filter((e) => e.action === 'ESTABLISHES').map((e) => [e.resolution, e.mission])).toEqual([
      [425, 'UNIFIL'],
      [696, 'UNAVEM II'],
    ]);
  });

  it('leaves committees, bans and funds alone', () => {
    expect(
      edges([
        doc(661, 'Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a Committee of the Security Council;'),
        doc(781, 'Decides to establish a ban on military flights, this ban not to apply to United Nations Protection Force flights;'),
      ]),
    ).toEqual([]);
  });
});
