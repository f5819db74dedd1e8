import type { ReactNode } from "react";

/**
 * The shell of the explorer's list tables: it scrolls sideways on narrow screens instead of the page, has a
 * caption for screen readers and one header row of column titles. Rows are the caller's, each with a row header.
 */
export function DataTable({
  caption,
  testId,
  columns,
  children,
}: {
  caption: string;
  testId: string;
  columns: string[];
  children: ReactNode;
}) {
  return (
    <div className="table-scroll">
      <table className="resolution-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
