import { useEffect, type ReactNode } from 'react';
import { Link } from '../../router';
import { topicsRoute, type Route } from '../../routes';
import type { ResolutionRow, VoteSummary } from './browseTypes';
import { DataTable } from '../../components/DataTable';

/** "15–0–0", "adopted unanimously", "without vote", or "vote unknown". */
export function voteText(votes: VoteSummary | null): string {
  if (!votes) return 'vote unknown';
  if (votes.yes !== null) {
    const figures = `${votes.yes}–${votes.no ?? 0}–${votes.abstain ?? 0}`;
    return votes.nonVoting ? `${figures} (${votes.nonVoting} not voting)` : figures;
  }
  return votes.modality ?? 'vote unknown';
}

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — UNSC explorer`;
  }, [title]);
}

/** Where the browse pages start: the empty search and every browse page show these. */
export function BrowseLinks({ heading = 'Browse' }: { heading?: string }) {
  return (
    <nav className="browse-links" aria-label={heading}>
      <h2>{heading}</h2>
      <ul>
        <li>
          <Link to={{ name: 'years' }}>Resolutions by year</Link> <span className="muted">1946 to today, with counts</span>
        </li>
        <li>
          <Link to={topicsRoute()}>Resolutions by topic</Link> <span className="muted">agenda items, the original site’s topics, library subjects</span>
        </li>
        <li>
          <Link to={{ name: 'members' }}>Council members</Link> <span className="muted">every seat and how it voted</span>
        </li>
      </ul>
    </nav>
  );
}

export function Breadcrumbs({ children }: { children: ReactNode }) {
  return (
    <p className="muted breadcrumbs">
      <Link to={{ name: 'years' }}>Browse</Link> › {children}
    </p>
  );
}

/** A table of resolutions (number, date, title, vote); `extra` adds a last column. */
export function ResolutionTable({
  caption,
  rows,
  start = 1,
  extra,
}: {
  caption: string;
  rows: Array<ResolutionRow & { year?: number }>;
  start?: number;
  extra?: { title: string; cell(row: ResolutionRow): ReactNode };
}) {
  return (
    <DataTable caption={caption} testId="resolution-table" columns={['#', 'Resolution', 'Adopted', 'Title', 'Vote (yes–no–abstain)', ...(extra ? [extra.title] : [])]}>
      {rows.map((r, i) => (
        <tr key={r.number}>
          <td className="muted">{start + i}</td>
          <th scope="row">
            <Link to={{ name: 'resolution', number: r.number }}>{r.number}</Link>
          </th>
          <td className="nowrap">{r.date ?? r.year ?? 'unknown'}</td>
          <td>{r.title ?? 'Untitled'}</td>
          <td className="nowrap">{voteText(r.votes)}</td>
          {extra && <td>{extra.cell(r)}</td>}
        </tr>
      ))}
    </DataTable>
  );
}

/** Cursor pages as links: the first page and the next one, each a URL of its own. */
export function Pager({ label, first, next }: { label: string; first: Route | null; next: Route | null }) {
  if (!first && !next) return null;
  return (
    <nav className="pager" aria-label={label}>
      {first && (
        <Link className="button" to={first}>
          ← First page
        </Link>
      )}
      {next && (
        <Link className="button" to={next}>
          Next page →
        </Link>
      )}
    </nav>
  );
}
