import { Link } from '../../router';
import type { ResolutionRef } from './missionTypes';
import { DataTable } from '../../components/DataTable';

/** "Resolution 1996 (2011-07-08)" (`long`) or "1996 (2011)" as a link; a muted note when the texts name none. */
export function ResolutionLink({ r, long = false }: { r: ResolutionRef | null; long?: boolean }) {
  if (!r) return <span className="muted">not found in the texts</span>;
  return (
    <>
      <Link to={{ name: 'resolution', number: r.number }}>{long ? `Resolution ${r.number}` : r.number}</Link> ({long ? (r.date ?? r.year) : r.year})
    </>
  );
}

export interface TimelineEvent<A extends string> {
  action: A;
  until: string | null;
  period: string | null;
  paragraph: string;
  context: string;
  resolution: ResolutionRef;
}

/** A mission's mandate events or a regime's resolutions as a table: resolution, adoption, action, end, paragraph, wording. */
export function EventTable<A extends string>({ caption, testId, events, actionLabel }: { caption: string; testId: string; events: Array<TimelineEvent<A>>; actionLabel: Record<A, string> }) {
  return (
    <DataTable caption={caption} testId={testId} columns={['Resolution', 'Adopted', 'Action', 'Until', 'Paragraph', 'Wording']}>
      {events.map((e, i) => (
        <tr key={`${i}-${e.resolution.number}-${e.action}`}>
          <th scope="row">
            <Link to={{ name: 'resolution', number: e.resolution.number }}>{e.resolution.number}</Link>
          </th>
          <td className="nowrap">{e.resolution.date ?? e.resolution.year}</td>
          <td>{actionLabel[e.action]}</td>
          <td className="nowrap">{e.until ?? (e.period ? `for ${e.period}` : '')}</td>
          <td className="nowrap">{e.paragraph}</td>
          <td className="context">{e.context}</td>
        </tr>
      ))}
    </DataTable>
  );
}
