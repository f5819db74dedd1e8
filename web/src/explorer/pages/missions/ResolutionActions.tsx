import { Link } from '../../router';
import { ACTION_LABEL } from './mandateTimeline';
import { missionLabel } from './missionData';
import { missionRoute, regimeRoute } from './missionRoutes';
import type { ResolutionMissionAction, ResolutionSanctionsAction } from './missionTypes';
import { MEASURE_ACTION_LABEL, MEASURE_LABEL, REGIME_ACTION_LABEL } from './SanctionsPages';

/** The "What this resolution does" section of a resolution page: its mission and sanctions actions by paragraph; nothing when it has none. */
export function ResolutionActions({ missions, sanctions }: { missions: ResolutionMissionAction[]; sanctions: ResolutionSanctionsAction[] }) {
  if (missions.length === 0 && sanctions.length === 0) return null;
  return (
    <section aria-labelledby="does-title" data-testid="resolution-does">
      <h2 id="does-title">What this resolution does</h2>
      <ul className="does-list">
        {missions.map((a, i) => (
          <li key={`m-${i}`} data-kind="mission">
            {ACTION_LABEL[a.action]} <Link to={missionRoute(a.mission.key)}>{missionLabel(a.mission)}</Link>
            {a.mission.acronym ? <span className="muted"> ({a.mission.name})</span> : null}
            {a.until ? ` until ${a.until}` : a.period ? ` for ${a.period}` : ''} · {a.paragraph}
          </li>
        ))}
        {sanctions.map((a, i) => (
          <li key={`s-${i}`} data-kind="sanctions">
            {REGIME_ACTION_LABEL[a.action]} the <Link to={regimeRoute(a.regime.key)}>{a.regime.target ? `${a.regime.target} sanctions (${a.regime.key})` : a.regime.name}</Link>
            {a.until ? ` until ${a.until}` : ''} · {a.paragraph}
            {a.measures.length > 0 && (
              <ul>
                {a.measures.map((m, j) => (
                  <li key={j}>
                    {MEASURE_ACTION_LABEL[m.action]} {MEASURE_LABEL[m.measure].toLowerCase()} · {m.paragraph}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
