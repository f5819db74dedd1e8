import type { FacetCount } from '../types';

interface Props {
  years: FacetCount[];
  selected: number | null;
  onSelect(year: number | null): void;
}

/**
 * Matches per year as a bar chart over the full span (empty years included). Each bar is a button that
 * filters the search to that year; the selected year is outlined.
 */
export function Timeline({ years, selected, onSelect }: Props) {
  const counts = new Map(years.map((y) => [Number(y.value), y.count]));
  const known = [...counts.keys()].filter((y) => Number.isFinite(y));
  if (known.length === 0) return null;
  const first = Math.min(...known);
  const last = Math.max(...known);
  const max = Math.max(...counts.values());
  const span: number[] = [];
  for (let y = first; y <= last; y++) span.push(y);
  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">
        Timeline <span className="muted">resolutions per year for this search</span>
      </h2>
      <div className="timeline-bars" role="group" aria-label={`Matches per year, ${first} to ${last}`}>
        {span.map((year) => {
          const count = counts.get(year) ?? 0;
          return (
            <button
              key={year}
              type="button"
              className={`bar${selected === year ? ' selected' : ''}`}
              style={{ height: `${count === 0 ? 0 : Math.max(4, (count / max) * 100)}%` }}
              disabled={count === 0}
              aria-pressed={selected === year}
              aria-label={`${year}: ${count} ${count === 1 ? 'match' : 'matches'}`}
              title={`${year}: ${count}`}
              onClick={() => onSelect(selected === year ? null : year)}
            />
          );
        })}
      </div>
      <div className="timeline-axis" aria-hidden="true">
        <span>{first}</span>
        <span>{last}</span>
      </div>
    </section>
  );
}
