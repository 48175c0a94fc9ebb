import { describe, expect, it } from 'vitest';
import { detectorParams } from '@spike/detector';
import { complaintPartitionOf, runBacktest } from './run-backtest.js';
import { chartFileName, chartSpec, planCharts, renderSvg } from './charts.js';
import { summariseIncidents, timed } from '@spike/backtest';
import { OUTAGE_LABEL, OUTAGE_START as OUTAGE, outagePosts } from './test-support/outage-posts.js';

const MINUTE = 60_000;
const label = OUTAGE_LABEL;
const posts = outagePosts;

describe('runBacktest', () => {
  it('classifies, detects and reports the outage the way the workers would', async () => {
    const seen: string[] = [];
    const { report, events, series } = await runBacktest(posts(), {
      params: detectorParams({}),
      labels: [label],
      partitions: 6,
      recordSeries: true,
      onEvent: (event) => seen.push(event.status),
    });
    expect(report.input.posts).toBe(posts().length);
    expect(report.input.invalidPosts).toBe(1);
    expect(report.labels[0]).toMatchObject({ detected: true, countriesFound: ['IN'], countriesMissed: [] });
    expect(report.labels[0]?.delayMinutes).toBeLessThanOrEqual(2);
    expect(report.labels[0]?.statuses[0]).toBe('OPEN');
    // The hour of drain after the last post lets the incident resolve.
    expect(report.labels[0]?.statuses.at(-1)).toBe('RESOLVED');
    expect(report.falseAlarms.total).toBe(0);
    expect(seen).toEqual(events.map((e) => e.status));
    expect(series?.of('whatsapp|IN')?.total).toBeGreaterThan(40 * 25);
  });

  it('routes a service to the partition the classifier worker gives it, stable and within range', () => {
    const partitionOf = complaintPartitionOf(6);
    const partitions = ['whatsapp', 'instagram', 'jio', 'netflix', 'sbi'].map(partitionOf);
    for (const p of partitions) expect(p).toBeGreaterThanOrEqual(0);
    for (const p of partitions) expect(p).toBeLessThan(6);
    expect(partitionOf('whatsapp')).toBe(partitions[0]);
    expect(new Set(partitions).size).toBeGreaterThan(1);
  });

  it('draws an SVG chart of the outage key with the incident shaded', async () => {
    const { events, series } = await runBacktest(posts(), {
      params: detectorParams({}),
      labels: [label],
      partitions: 1,
      recordSeries: true,
    });
    const incidents = summariseIncidents(events);
    const [plan] = planCharts(series!, incidents, [timed(label)], 3, OUTAGE + 41 * MINUTE);
    expect(plan?.key).toBe('whatsapp|IN');
    expect(plan!.from).toBeLessThan(OUTAGE);
    const svg = await renderSvg(chartSpec(plan!, series!.of('whatsapp|IN')!));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('whatsapp|IN: distinct authors per minute');
    expect(chartFileName('whatsapp|IN')).toBe('whatsapp_IN.svg');
    expect(chartFileName('whatsapp|*')).toBe('whatsapp_all.svg');
  });
});
