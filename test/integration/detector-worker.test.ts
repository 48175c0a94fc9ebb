import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { complaintKey, servicePartitioner } from '@spike/cli';
import { Detector, detectorParams, scenarios, type Anomaly, type Complaint } from '@spike/detector';
import { ensureTopics, SingleObjectFormat, type SpikeConfig } from '@spike/runtime';
import { readTopic, testConfig, testEnv, testKafka, uniqueSuffix, waitFor, withAdmin, type ReadRecord } from '../support/kafka.js';

const SPIKE = fileURLToPath(new URL('../../services/cli/bin/spike.js', import.meta.url));
const { MINUTE, OUTAGE_DAY } = scenarios;
const HOUR = 60 * MINUTE;
const OUTAGE_START = OUTAGE_DAY + 7 * HOUR;
// A short warm-up keeps the stream small; everything else is the default parameter set.
const PARAMS = { warmUpMs: 4 * HOUR };

function startWorker(env: Record<string, string>): { child: ChildProcess; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [SPIKE, 'worker', 'detector'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { child, exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
}

/** What the pure detector says about the complaints as the partitions hold them, in order. */
function expectedEvents(byPartition: Map<number, Complaint[]>): Anomaly[] {
  return [...byPartition.values()].flatMap((complaints) => {
    const detector = new Detector(detectorParams(PARAMS));
    return complaints.flatMap((c, offset) => detector.add(c, offset));
  });
}

const wire = new SingleObjectFormat();

/** Fresh topics and consumer group, and the environment a worker process runs with. */
async function freshDeployment(idleMs: number): Promise<{ config: SpikeConfig; env: Record<string, string> }> {
  const suffix = uniqueSuffix();
  const prefix = `it-${suffix}`;
  const config = testConfig(suffix, { KAFKA_GROUP_PREFIX: prefix });
  await withAdmin((admin) => ensureTopics(admin, config));
  const env = {
    ...testEnv(suffix),
    KAFKA_GROUP_PREFIX: prefix,
    HTTP_PORT: '0',
    LOG_LEVEL: 'warn',
    DETECTOR_PARAMS: JSON.stringify(PARAMS),
    DETECTOR_IDLE_MS: String(idleMs),
  };
  return { config, env };
}

/** A producer that writes complaints as the classifier worker does: keyed service|country, partitioned by service. */
async function complaintWriter(config: SpikeConfig) {
  const producer = testKafka().producer({ createPartitioner: servicePartitioner(config.topics.complaints) });
  await producer.connect();
  return {
    producer,
    send: (batch: Complaint[]) =>
      producer.send({
        topic: config.topics.complaints,
        acks: -1,
        messages: batch.map((c) => ({ key: complaintKey(c), value: wire.encode('Complaint', c) })),
      }),
  };
}

/** The complaints as the topic holds them, per partition in offset order (records equal to one of `skip` left out). */
async function complaintsByPartition(records: ReadRecord[], skip: Buffer[] = []): Promise<Map<number, Complaint[]>> {
  const byPartition = new Map<number, Complaint[]>();
  for (const { partition, message } of [...records].sort(
    (a, b) => a.partition - b.partition || Number(a.message.offset) - Number(b.message.offset),
  )) {
    if (skip.some((bad) => message.value?.equals(bad))) continue;
    const list = byPartition.get(partition) ?? [];
    list.push(await wire.decode('Complaint', message.value as Buffer));
    byPartition.set(partition, list);
  }
  return byPartition;
}

function decodeAnomalies(records: ReadRecord[]): Promise<Anomaly[]> {
  return Promise.all(records.map(({ message }) => wire.decode('Anomaly', message.value as Buffer)));
}

// Restarts, rebalances and reading topics to their end add up on a shared two-core machine: a hang guard, not a speed check.
describe('detector worker', { timeout: 240_000 }, () => {
  const running: ChildProcess[] = [];
  afterEach(() => {
    for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('turnsComplaintsIntoTheExpectedIncidentAndARestartMidOutageSendsNoSecondOpen', async () => {
    // Idle advance far off: event time alone drives the windows here, as in the expectation.
    const { config, env } = await freshDeployment(3_600_000);
    const complaints = scenarios.stream({
      from: OUTAGE_START - 5 * HOUR,
      to: OUTAGE_START + 90 * MINUTE,
      background: [
        { service: 'whatsapp', country: 'IN', peakPerMinute: 0.6 },
        { service: 'whatsapp', country: null, peakPerMinute: 0.3 },
        { service: 'jio', country: 'IN', peakPerMinute: 0.4 },
      ],
      outages: [
        { service: 'whatsapp', country: 'IN', from: OUTAGE_START, to: OUTAGE_START + 30 * MINUTE, authorsPerMinute: 25 },
        { service: 'whatsapp', country: 'IT', from: OUTAGE_START + MINUTE, to: OUTAGE_START + 30 * MINUTE, authorsPerMinute: 10 },
      ],
    });
    const garbage = { key: 'whatsapp|IN', value: Buffer.from('not a complaint') };
    // Decodes fine, but three days ahead: counted, it would close every window and make the rest late.
    const fromTheFuture = {
      key: 'whatsapp|IN',
      value: wire.encode('Complaint', { ...(complaints[0] as Complaint), event_time: Date.now() + 3 * 24 * HOUR }),
    };
    const cut = complaints.findIndex((c) => c.event_time >= OUTAGE_START + 10 * MINUTE);
    const { producer, send } = await complaintWriter(config);

    const first = startWorker(env);
    running.push(first.child);
    await send(complaints.slice(0, cut));
    await producer.send({ topic: config.topics.complaints, messages: [garbage, fromTheFuture] });
    await readTopic(config.topics.anomalies, 1, 90_000);
    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(0);

    const second = startWorker(env);
    running.push(second.child);
    await send(complaints.slice(cut));
    await producer.disconnect();

    const stored = await readTopic(config.topics.complaints, complaints.length + 2, 60_000);
    const byPartition = await complaintsByPartition(stored, [garbage.value, fromTheFuture.value]);
    // Every country of a service in one partition: the detector there sees the whole service.
    const partitionsOf = (service: string) =>
      new Set(stored.filter((r) => r.message.key?.toString().startsWith(`${service}|`)).map((r) => r.partition));
    expect(partitionsOf('whatsapp').size).toBe(1);

    const expected = expectedEvents(byPartition);
    expect(expected.map((e) => e.status)).toEqual(expect.arrayContaining(['OPEN', 'RESOLVED']));
    const got = await waitFor(
      async () => {
        const records = await readTopic(config.topics.anomalies, expected.length, 60_000);
        return records.length >= expected.length ? records : undefined;
      },
      'every expected anomaly event',
      90_000,
    );
    second.child.kill('SIGTERM');
    expect(await second.exit).toBe(0);

    const events = await decodeAnomalies(got);
    expect(events).toEqual(expected);
    expect(events.filter((e) => e.status === 'OPEN')).toHaveLength(1);
    expect(got.every(({ message }) => message.key?.toString() === (events[0] as Anomaly).incident_id)).toBe(true);

    // A subscriber's view: `spike watch` prints the same events, filtered.
    const watch = spawn(process.execPath, [SPIKE, 'watch', '--json', '--from-beginning', '--service', 'whatsapp', '--country', 'IN'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    running.push(watch);
    let printed = '';
    watch.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    await waitFor(() => printed.split('\n').filter(Boolean).length >= events.length, 'spike watch to print every event', 120_000);
    watch.kill('SIGTERM');
    expect(
      printed
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Anomaly),
    ).toEqual(events);

    const letters = await readTopic(config.topics.postsDlq, 2, 30_000);
    const reasons = await Promise.all(letters.map(({ message }) => wire.decode('DeadLetter', message.value as Buffer)));
    expect(reasons.map((l) => l.error_kind).sort()).toEqual(['BAD_MAGIC', 'INVALID_RECORD']);
    expect(reasons.find((l) => l.error_kind === 'INVALID_RECORD')?.error_message).toMatch(/event_time .* more than a day in the future/);
    const state = await readTopic(config.topics.detectorState, 1, 30_000);
    expect(state.some(({ message }) => message.key?.toString() === 'KEY:whatsapp|IN')).toBe(true);
  });

  it('resolvesAnIncidentWhenPostsStopAndOnlyTheWallClockMoves', async () => {
    const { config, env } = await freshDeployment(2000);
    // The stream stops in the middle of the outage: no later complaint will move event time.
    const complaints = scenarios.stream({
      from: OUTAGE_START - 5 * HOUR,
      to: OUTAGE_START + 10 * MINUTE,
      background: [{ service: 'jio', country: 'IN', peakPerMinute: 0.6 }],
      outages: [{ service: 'jio', country: 'IN', from: OUTAGE_START, to: OUTAGE_START + 10 * MINUTE, authorsPerMinute: 20 }],
    });
    const detector = new Detector(detectorParams(PARAMS));
    const expected = [...complaints.flatMap((c, offset) => detector.add(c, offset)), ...detector.advanceTo(Date.now())];
    expect(expected.map((e) => e.status)).toEqual(expect.arrayContaining(['OPEN', 'RESOLVED']));

    const { producer, send } = await complaintWriter(config);
    await send(complaints);
    await producer.disconnect();
    const worker = startWorker(env);
    running.push(worker.child);

    const got = await readTopic(config.topics.anomalies, expected.length, 90_000);
    worker.child.kill('SIGTERM');
    expect(await worker.exit).toBe(0);
    expect(await decodeAnomalies(got)).toEqual(expected);
  });

  it('keepsIncidentsWhenASecondInstanceJoinsMidOutageAndTakesPartitionsOver', async () => {
    const { config, env } = await freshDeployment(3_600_000);
    // instagram, whatsapp and jio fall in partitions 0, 1 and 2 of 3: whichever the newcomer gets, an incident moves.
    const services = ['instagram', 'whatsapp', 'jio'];
    const complaints = scenarios.stream({
      from: OUTAGE_START - 5 * HOUR,
      to: OUTAGE_START + 60 * MINUTE,
      background: services.map((service) => ({ service, country: 'IN', peakPerMinute: 0.5 })),
      outages: services.map((service) => ({
        service,
        country: 'IN',
        from: OUTAGE_START,
        to: OUTAGE_START + 20 * MINUTE,
        authorsPerMinute: 20,
      })),
    });
    const cut = complaints.findIndex((c) => c.event_time >= OUTAGE_START + 8 * MINUTE);
    const { producer, send } = await complaintWriter(config);
    const group = `${config.kafka.groupPrefix}-detector`;

    const first = startWorker(env);
    running.push(first.child);
    await send(complaints.slice(0, cut));
    // Every service has opened its incident on the first instance before the second joins.
    await readTopic(config.topics.anomalies, services.length, 90_000);
    const second = startWorker(env);
    running.push(second.child);
    await waitFor(
      () => withAdmin(async (admin) => (await admin.describeGroups([group])).groups[0]?.members.length === 2),
      'the second detector instance to join',
      60_000,
    );
    await send(complaints.slice(cut));
    await producer.disconnect();

    const byPartition = await complaintsByPartition(await readTopic(config.topics.complaints, complaints.length, 60_000));
    expect([...byPartition.keys()].sort()).toEqual([0, 1, 2]);
    const expected = expectedEvents(byPartition);
    const got = await readTopic(config.topics.anomalies, expected.length, 90_000);
    for (const worker of [first, second]) worker.child.kill('SIGTERM');
    expect(await Promise.all([first.exit, second.exit])).toEqual([0, 0]);

    const events = await decodeAnomalies(got);
    const order = (a: Anomaly, b: Anomaly) => a.incident_id.localeCompare(b.incident_id) || a.window_start - b.window_start;
    expect([...events].sort(order)).toEqual([...expected].sort(order));
    expect(events.filter((e) => e.status === 'OPEN')).toHaveLength(services.length);
  });
});
