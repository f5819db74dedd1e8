import { Link } from '../router';
import type { Route } from '../routes';

export interface YearValue {
  year: number;
  count: number;
}

interface Props {
  /** Heading id and text: the chart is a labelled region. */
  id: string;
  title: string;
  data: YearValue[];
  /** "resolution": read as "2017: 61 resolutions". */
  unit: string;
  /** Where a bar leads (each bar with a count is a link); null leaves the bar as text. */
  linkFor(year: number): Route | null;
  compact?: boolean;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * Counts per year as bars over the whole span (empty years keep their place). Every bar with a count is
 * a link labelled with its year and count, so keyboard and screen-reader users read the same figures.
 */
export function BarChart({ id, title, data, unit, linkFor, compact = false }: Props) {
  const counts = new Map(data.map((d) => [d.year, d.count]));
  if (data.length === 0) return null;
  const years = data.map((d) => d.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const max = Math.max(1, ...data.map((d) => d.count));
  const span: number[] = [];
  for (let y = first; y <= last; y++) span.push(y);
  return (
    <section className={`bar-chart${compact ? ' compact' : ''}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="bar-chart-bars" aria-label={`${title}, ${first} to ${last}`}>
        {span.map((year) => {
          const count = counts.get(year) ?? 0;
          const label = `${year}: ${plural(count, unit)}`;
          const bar = <span className="bar-fill" style={{ height: `${count === 0 ? 0 : Math.max(3, (count / max) * 100)}%` }} />;
          const to = count > 0 ? linkFor(year) : null;
          return (
            <li key={year} className="bar-slot">
              {to ? (
                <Link to={to} className="bar-link" aria-label={label} title={label}>
                  {bar}
                </Link>
              ) : (
                <span className="bar-link" title={label}>
                  <span className="visually-hidden">{label}</span>
                  {bar}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <div className="chart-axis" aria-hidden="true">
        <span>{first}</span>
        {last - first >= 20 && <span>{Math.round((first + last) / 2)}</span>}
        <span>{last}</span>
      </div>
    </section>
  );
}
