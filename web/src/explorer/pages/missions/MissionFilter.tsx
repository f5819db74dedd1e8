import { missionLabel, useAllMissions } from './missionData';
import './missions.css';

/**
 * The search page's mission control: a select of the known missions (by acronym) that sets `&mission=` in the URL.
 * A value from the URL that no mission has stays selectable, so the page shows what the URL asks for (no match).
 */
export function MissionFilter({ value, onChange }: { value: string | null; onChange(mission: string | null): void }) {
  const state = useAllMissions(null);
  const missions = state.status === 'ok' ? [...state.data.missions].sort((a, b) => missionLabel(a).localeCompare(missionLabel(b))) : [];
  const known = value === null || missions.some((m) => m.key === value || m.acronym?.toUpperCase() === value.toUpperCase());
  const selected = value === null ? '' : (missions.find((m) => m.acronym?.toUpperCase() === value.toUpperCase())?.key ?? value);
  return (
    <label className="mission-select">
      <select value={selected} onChange={(e) => onChange(e.target.value || null)} aria-label="Mission: only resolutions acting on its mandate" disabled={state.status === 'loading' && value === null}>
        <option value="">any mission</option>
        {!known && value !== null && <option value={value}>{value}</option>}
        {missions.map((m) => (
          <option key={m.key} value={m.key} title={m.name}>
            {missionLabel(m)}
          </option>
        ))}
      </select>
    </label>
  );
}
