/**
 * SVG charts of a backtest: per top key, the observed distinct authors per window against what
 * the baseline expected, detected incidents shaded red and labelled incidents outlined. Drawn
 * with Vega-Lite (declarative spec, headless SVG renderer, no canvas or browser needed).
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { sliceSeries, type IncidentSummary, type KeySeries, type SeriesRecorder, type TimedLabel } from '@spike/backtest';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Context drawn either side of a key's incidents. */
const MARGIN_MS = 3 * HOUR;
/** At most two days a chart: a minute a point keeps the SVG readable and small. */
const MAX_SPAN_MS = 48 * HOUR;
/** Keys drawn per incident before the next incident's, so one wide outage does not take every chart. */
const KEYS_PER_INCIDENT = 3;

export interface ChartPlan {
  key: string;
  from: number;
  to: number;
  incidents: IncidentSummary[];
  labels: TimedLabel[];
}

/** The keys of an incident: one per country, or service|* when only the worldwide count showed it. */
function keysOf(service: string, countries: string[]): string[] {
  return countries.map((country) => `${service}|${country}`);
}

/**
 * Which keys to draw and over what span: the busiest three keys of each incident (largest
 * peak first), then of each label, then the busiest keys; each over its incidents and labels with three hours either
 * side, or its last day when it had none.
 */
export function planCharts(
  series: SeriesRecorder,
  incidents: IncidentSummary[],
  labels: TimedLabel[],
  limit: number,
  inputEnd: number,
): ChartPlan[] {
  const ranked: string[] = [];
  const add = (key: string) => {
    if (!ranked.includes(key) && series.of(key)) ranked.push(key);
  };
  const busiestFirst = (keys: string[]) => keys.sort((a, b) => (series.of(b)?.total ?? 0) - (series.of(a)?.total ?? 0));
  // The busiest few keys of each incident (largest peak first), then of each label, then the rest.
  for (const incident of [...incidents].sort((a, b) => b.peakCount - a.peakCount))
    busiestFirst(keysOf(incident.service, incident.countries)).slice(0, KEYS_PER_INCIDENT).forEach(add);
  for (const label of labels) busiestFirst(keysOf(label.service, label.countries)).slice(0, KEYS_PER_INCIDENT).forEach(add);
  busiestFirst(series.keys()).forEach(add);
  return ranked.slice(0, limit).map((key) => {
    const [service] = key.split('|') as [string];
    const ownIncidents = incidents.filter((i) => i.service === service && keysOf(i.service, i.countries).includes(key));
    const ownLabels = labels.filter((l) => l.service === service && keysOf(l.service, l.countries).includes(key));
    const starts = [...ownIncidents.map((i) => i.openedAt), ...ownLabels.map((l) => l.startMs)];
    const ends = [...ownIncidents.map((i) => i.resolvedAt ?? inputEnd), ...ownLabels.map((l) => l.endMs)];
    const from = starts.length ? Math.min(...starts) - MARGIN_MS : inputEnd - 24 * HOUR;
    const to = Math.min(ends.length ? Math.max(...ends) + MARGIN_MS : inputEnd, from + MAX_SPAN_MS);
    return { key, from: floorMinute(from), to: floorMinute(to), incidents: ownIncidents, labels: ownLabels };
  });
}

/** One row per minute of the span: observed 0 where the key had no complaint, expected only where it was scored. */
function minuteRows(series: KeySeries, from: number, to: number): { t: number; observed: number; expected: number | null }[] {
  const slice = sliceSeries(series, from, to);
  const scored = new Map(slice.starts.map((start, i) => [start, i]));
  const rows = [];
  for (let t = from; t < to; t += MINUTE) {
    const i = scored.get(t);
    rows.push({
      t,
      observed: i === undefined ? 0 : (slice.observed[i] as number),
      expected: i === undefined ? null : (slice.expected[i] as number),
    });
  }
  return rows;
}

export function chartSpec(plan: ChartPlan, series: KeySeries): TopLevelSpec {
  const rows = minuteRows(series, plan.from, plan.to);
  const shaded = plan.incidents.map((i) => ({
    from: Math.max(i.openedAt, plan.from),
    to: Math.min(i.resolvedAt ?? plan.to, plan.to),
    what: `incident ${i.incidentId}`,
  }));
  const labelled = plan.labels.map((l) => ({ from: Math.max(l.startMs, plan.from), to: Math.min(l.endMs, plan.to), what: 'labelled' }));
  const x = { field: 't', type: 'temporal' as const, title: 'time (UTC)', axis: { format: '%d %b %H:%M' } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: `${plan.key}: distinct authors per minute, observed vs expected`,
    width: 900,
    height: 260,
    background: 'white',
    layer: [
      {
        data: { values: shaded },
        mark: { type: 'rect', color: '#d62728', opacity: 0.15 },
        encoding: { x: { field: 'from', type: 'temporal', scale: { type: 'utc' } }, x2: { field: 'to' } },
      },
      {
        data: { values: labelled },
        mark: { type: 'rect', fillOpacity: 0, stroke: '#555555', strokeDash: [4, 3] },
        encoding: { x: { field: 'from', type: 'temporal', scale: { type: 'utc' } }, x2: { field: 'to' } },
      },
      {
        data: { values: rows },
        transform: [{ fold: ['observed', 'expected'], as: ['series', 'authors'] }, { filter: 'datum.authors !== null' }],
        mark: { type: 'line', strokeWidth: 1.2 },
        encoding: {
          x: { ...x, scale: { type: 'utc' } },
          y: { field: 'authors', type: 'quantitative', title: 'distinct authors' },
          color: {
            field: 'series',
            type: 'nominal',
            scale: { domain: ['observed', 'expected'], range: ['#1f77b4', '#ff7f0e'] },
            title: null,
          },
        },
      },
    ],
  };
}

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** A file name for a key: whatsapp|IN → whatsapp_IN.svg, whatsapp|* → whatsapp_all.svg. */
export function chartFileName(key: string): string {
  return `${key.replace('|*', '|all').replace(/[^A-Za-z0-9_-]+/g, '_')}.svg`;
}

function floorMinute(time: number): number {
  return Math.floor(time / MINUTE) * MINUTE;
}
