import type { FacetCount } from '../types';

interface Props {
  title: string;
  facets: FacetCount[];
  selected: string | null;
  onSelect(value: string | null): void;
  /** How many to show before "more". */
  initial?: number;
}

/** One facet as toggle buttons with counts and a small inline bar. */
export function FacetList({ title, facets, selected, onSelect, initial = 8 }: Props) {
  if (facets.length === 0) return null;
  const max = Math.max(...facets.map((f) => f.count));
  const render = (list: FacetCount[]) =>
    list.map((f) => (
      <li key={f.value}>
        <button type="button" className={`facet${selected === f.value ? ' selected' : ''}`} aria-pressed={selected === f.value} onClick={() => onSelect(selected === f.value ? null : f.value)}>
          <span className="facet-label">{f.label}</span>
          <span className="facet-count">{f.count}</span>
          <span className="facet-bar" style={{ width: `${(f.count / max) * 100}%` }} aria-hidden="true" />
        </button>
      </li>
    ));
  return (
    <section className="facet-group" aria-label={title}>
      <h3>{title}</h3>
      <ul>{render(facets.slice(0, initial))}</ul>
      {facets.length > initial && (
        <details>
          <summary>{facets.length - initial} more</summary>
          <ul>{render(facets.slice(initial))}</ul>
        </details>
      )}
    </section>
  );
}
