import { Link } from '../../router';
import { ACTION_LABEL, dayOf, eventDay, eventLabel, yearTicks } from './mandateTimeline';
import type { MandateAction, MandateEvent } from './missionTypes';

/** Lanes top to bottom; an action with no event keeps no lane. */
const LANES: readonly MandateAction[] = ['ESTABLISHES', 'EXTENDS', 'MODIFIES', 'TERMINATES'];
const WIDTH = 1000;
const LEFT = 96;
const RIGHT = 16;
const LANE = 34;
/** Extensions alternate between two rows, so a renewal adopted before the last one ran out stays visible. */
const EXTEND_ROWS = 2;
const AXIS = 28;

/**
 * The mandate timeline as an SVG: time on x; one mark per event (an extension is a bar from adoption to its
 * end date); each mark is a link to its resolution with the action, date and paragraph as its name. The
 * table under it (MissionPage) gives the same rows as text.
 */
export function MandateChart({ events, title }: { events: MandateEvent[]; title: string }) {
  if (events.length === 0) return null;
  const lanes = LANES.filter((a) => events.some((e) => e.action === a));
  const laneTop = new Map<MandateAction, number>();
  let y = 8;
  for (const a of lanes) {
    laneTop.set(a, y);
    y += a === 'EXTENDS' ? LANE * EXTEND_ROWS * 0.75 : LANE;
  }
  const height = y + AXIS;
  const days = events.flatMap((e) => [eventDay(e), ...(e.until ? [dayOf(e.until)] : [])]);
  const first = new Date(Math.min(...days) * 86_400_000).getUTCFullYear();
  const last = new Date(Math.max(...days) * 86_400_000).getUTCFullYear() + 1;
  const x0 = dayOf(`${first}-01-01`);
  const x1 = dayOf(`${last}-01-01`);
  const x = (day: number) => LEFT + ((day - x0) / (x1 - x0)) * (WIDTH - LEFT - RIGHT);
  let extension = 0;
  return (
    <figure className="mandate-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-label={`${title}, ${first} to ${last - 1}: ${events.length} resolutions acting on the mandate`} data-testid="mandate-chart">
        {lanes.map((a) => (
          <g key={a} aria-hidden="true">
            <text x={LEFT - 8} y={(laneTop.get(a) ?? 0) + LANE / 2} className="lane-label" textAnchor="end" dominantBaseline="middle">
              {ACTION_LABEL[a]}
            </text>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={(laneTop.get(a) ?? 0) + LANE / 2} y2={(laneTop.get(a) ?? 0) + LANE / 2} className="lane-line" />
          </g>
        ))}
        <g aria-hidden="true" className="axis">
          {yearTicks(first, last).map((t) => (
            <g key={t}>
              <line x1={x(dayOf(`${t}-01-01`))} x2={x(dayOf(`${t}-01-01`))} y1={4} y2={height - AXIS + 4} className="tick" />
              <text x={x(dayOf(`${t}-01-01`))} y={height - 8} textAnchor="middle">
                {t}
              </text>
            </g>
          ))}
        </g>
        {events.map((e, i) => {
          const top = laneTop.get(e.action) ?? 0;
          const row = e.action === 'EXTENDS' ? extension++ % EXTEND_ROWS : 0;
          const cy = e.action === 'EXTENDS' ? top + 8 + row * 16 : top + LANE / 2;
          const start = x(eventDay(e));
          const end = e.until ? Math.max(start + 3, x(dayOf(e.until))) : null;
          const label = eventLabel(e);
          return (
            <Link key={`${i}-${e.resolution.number}-${e.action}`} to={{ name: 'resolution', number: e.resolution.number }} aria-label={label} className={`mark mark-${e.action.toLowerCase()}`} data-resolution={e.resolution.number}>
              <title>{label}</title>
              {end !== null && <rect x={start} y={cy - 4} width={end - start} height={8} rx={2} className="span" />}
              {e.action === 'MODIFIES' ? (
                <circle cx={start} cy={cy} r={6} className="point" />
              ) : e.action === 'TERMINATES' ? (
                <rect x={start - 6} y={cy - 6} width={12} height={12} className="point" />
              ) : e.action === 'ESTABLISHES' ? (
                <polygon points={`${start},${cy - 8} ${start + 8},${cy} ${start},${cy + 8} ${start - 8},${cy}`} className="point" />
              ) : (
                <circle cx={start} cy={cy} r={4} className="point" />
              )}
            </Link>
          );
        })}
      </svg>
      <figcaption className="muted">
        Each mark is a resolution: ◆ establishes, ● extends (the bar runs to the end date it gives), ○ modifies, ■ terminates. Select one to open it.
      </figcaption>
    </figure>
  );
}
