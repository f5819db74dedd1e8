import { Link } from '../router';
import type { Route } from '../routes';

export interface StackPart {
  key: string;
  label: string;
  /** A CSS class giving the part its colour (see styles.css, .stack-*). */
  className: string;
}

export interface StackRow {
  year: number;
  values: Record<string, number>;
}

interface Props {
  id: string;
  title: string;
  parts: StackPart[];
  rows: StackRow[];
  linkFor(year: number): Route;
}

/**
 * One stacked column per year (parts bottom-up in `parts` order), with a legend, each column a link
 * labelled with all its figures, and the same figures as a table for anyone who cannot see the chart.
 */
export function StackedChart({ id, title, parts, rows, linkFor }: Props) {
  if (rows.length === 0) return null;
  const total = (r: StackRow) => parts.reduce((sum, p) => sum + (r.values[p.key] ?? 0), 0);
  const max = Math.max(1, ...rows.map(total));
  const first = rows[0]?.year ?? 0;
  const last = rows[rows.length - 1]?.year ?? 0;
  const describe = (r: StackRow) =>
    `${r.year}: ${parts
      .filter((p) => (r.values[p.key] ?? 0) > 0)
      .map((p) => `${r.values[p.key]} ${p.label.toLowerCase()}`)
      .join(', ') || 'no resolution'}`;
  return (
    <section className="stacked-chart" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="legend" aria-label="Legend">
        {parts.map((p) => (
          <li key={p.key}>
            <span className={`swatch ${p.className}`} aria-hidden="true" /> {p.label}
          </li>
        ))}
      </ul>
      <ul className="stack-columns" aria-label={`${title}, ${first} to ${last}`}>
        {rows.map((r) => (
          <li key={r.year} className="stack-slot">
            <Link to={linkFor(r.year)} className="stack-column" aria-label={describe(r)} title={describe(r)}>
              <span className="stack-inner" style={{ height: `${(total(r) / max) * 100}%` }}>
                {parts.map((p) => {
                  const v = r.values[p.key] ?? 0;
                  return v > 0 ? <span key={p.key} className={`stack-part ${p.className}`} style={{ flexGrow: v }} /> : null;
                })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <div className="chart-axis" aria-hidden="true">
        <span>{first}</span>
        <span>{last}</span>
      </div>
      <details className="chart-table">
        <summary>The figures as a table</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                {parts.map((p) => (
                  <th key={p.key} scope="col">
                    {p.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.year}>
                  <th scope="row">{r.year}</th>
                  {parts.map((p) => (
                    <td key={p.key}>{r.values[p.key] ?? 0}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
