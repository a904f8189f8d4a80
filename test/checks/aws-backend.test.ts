/**
 * Behind the load balancer: database, dynamodb, cache and email, each through the real SDK client against the local
 * endpoint in the service's own wire format (RDS and ElastiCache query/XML, DynamoDB JSON 1.0, SES v2 REST-JSON,
 * CloudWatch JSON 1.0). The story's event at a 2 % conversion: 7 instances, 180 connections, 25.6 emails/s.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AwsScenario, SimulatedDatabase } from '../../src/demo/aws-endpoint.js';
import { runAwsCheck, STORY_CAPACITY } from '../fixtures/aws.js';
import { failures } from '../fixtures/run-check.js';

const BACKEND = { conversion: '2%', writesPerVisit: 1, writesPerConversion: 6, readsPerVisit: 10, poolPerInstance: 20, deploySurge: 2 };
const STORY = { event: { ...STORY_CAPACITY, backend: BACKEND } };
/** Failures that are findings, not points that could not be read. */
const broken = (result: Parameters<typeof failures>[0]) => failures(result).filter((e) => !e.unverified);
const messages = (result: { evidence: { level: string; message: string; unverified?: boolean }[] }) =>
  result.evidence.map((e) => `${e.unverified ? 'unverified' : e.level}: ${e.message}`);

/** A MySQL instance on a default group: max_connections is the engine's formula, 8 GiB → 682. */
const MYSQL: SimulatedDatabase = { id: 'elan-db', class: 'db.m5.large', engine: 'mysql', parameterGroup: 'default.mysql8.0', replicas: ['elan-db-ro'] };
/** A group of 250 parameters, max_connections on the third page. */
const mysqlGroup = (maxConnections: string) =>
  Array.from({ length: 250 }, (_, i) => (i === 230 ? { name: 'max_connections', value: maxConnections } : { name: `param_${i}`, value: '1' }));
const freeStorage = (id: string, bytes: number[]) => ({
  namespace: 'AWS/RDS',
  name: 'FreeStorageSpace',
  dimensions: { DBInstanceIdentifier: id },
  values: bytes,
});
const GIB = 1024 ** 3;

describe('database (RDS through the real SDK, local endpoint)', () => {
  const scenario = (db: Partial<SimulatedDatabase>, maxConnections: string, free = [60 * GIB]): AwsScenario => ({
    databases: [{ ...MYSQL, ...db }],
    dbParameters: { [db.parameterGroup ?? MYSQL.parameterGroup]: mysqlGroup(maxConnections) },
    metrics: [freeStorage('elan-db', free)],
  });

  it("passes 180 connections at the peak against the default formula's 682 on a db.m5.large (26 %)", async () => {
    const { result, endpoint } = await runAwsCheck('database', scenario({}, '{DBInstanceClassMemory/12582880}'), { instances: ['elan-db'] }, STORY);
    assert.equal(result.status, 'pass', messages(result).join('\n'));
    assert.ok(
      messages(result).some((m) =>
        /180 connections at the peak of max_connections the default formula of default\.mysql8\.0 on db\.m5\.large, about 682 \(26 %/.test(m),
      ),
    );
    // The parameter group is read page by page until max_connections (three pages of 100).
    assert.deepEqual(endpoint.calls.filter((c) => c === 'rds:DescribeDBParameters').length, 3);
  });

  it('warns past 80 % and fails past 100 %, with the parameter change, the reboot and its lead time', async () => {
    const near = await runAwsCheck('database', scenario({ parameterGroup: 'elan-mysql' }, '200'), { instances: ['elan-db'] }, STORY);
    assert.equal(near.result.status, 'warn', messages(near.result).join('\n'));
    assert.match(
      near.result.remediation[0]!.command!,
      /modify-db-parameter-group --db-parameter-group-name elan-mysql --parameters "ParameterName=max_connections,ParameterValue=225,/,
    );
    const over = await runAwsCheck('database', scenario({ class: 'db.t3.micro' }, '{DBInstanceClassMemory/12582880}'), { instances: ['elan-db'] }, STORY);
    assert.equal(over.result.status, 'fail');
    assert.match(failures(over.result)[0]!.message, /180 connections at the peak of max_connections .* about 85 \(212 %.*too many connections/);
    // A default group cannot be changed: a new group first.
    assert.match(
      over.result.remediation[0]!.command!,
      /create-db-parameter-group .* modify-db-instance .* reboot-db-instance --db-instance-identifier elan-db/,
    );
    assert.equal(over.result.remediation[0]!.leadTimeMs, 30 * 60_000);
  });

  it('judges an Aurora cluster on its writer, and needs a reader where reads go to replicas', async () => {
    const aurora: AwsScenario = {
      dbClusters: [{ id: 'elan-aurora', engine: 'aurora-mysql', members: [{ id: 'elan-aurora-1', writer: true }] }],
      databases: [{ id: 'elan-aurora-1', class: 'db.r5.large', engine: 'aurora-mysql', parameterGroup: 'default.aurora-mysql8.0', cluster: 'elan-aurora' }],
      dbParameters: {
        'default.aurora-mysql8.0': [
          { name: 'max_connections', value: 'GREATEST({log(DBInstanceClassMemory/805306368)*45},{log(DBInstanceClassMemory/8187281408)*1000})' },
        ],
      },
    };
    const { result } = await runAwsCheck('database', aurora, { clusters: ['elan-aurora'], readReplicas: true }, STORY);
    assert.equal(result.status, 'fail');
    assert.ok(messages(result).some((m) => /^pass: .* 180 connections .* about 1,000 \(18 %/.test(m)));
    assert.match(failures(result)[0]!.message, /cluster elan-aurora: reads go to replicas \(readReplicas\), but it has none/);
    assert.match(result.remediation[0]!.command!, /aws rds create-db-instance --db-cluster-identifier elan-aurora/);
  });

  it('fails free storage under 10 % without autoscaling; with autoscaling it is said, not failed', async () => {
    const full = await runAwsCheck('database', scenario({ allocatedGiB: 100 }, '1000', [9 * GIB, 20 * GIB]), { instances: ['elan-db'] }, STORY);
    assert.equal(full.result.status, 'fail');
    assert.match(failures(full.result)[0]!.message, /at least 9 % of 100 GiB free .* storage autoscaling is off/);
    const grows = await runAwsCheck('database', scenario({ allocatedGiB: 100, maxAllocatedGiB: 500 }, '1000', [9 * GIB]), { instances: ['elan-db'] }, STORY);
    assert.equal(grows.result.status, 'pass');
  });

  it('could not verify, never failed: a formula it cannot compute, an unknown instance, a denied call, no storage point', async () => {
    const odd = await runAwsCheck('database', scenario({}, '{DBInstanceVCPU*200}'), { instances: ['elan-db'] }, STORY);
    assert.ok(
      messages(odd.result).some((m) => /^unverified: .* max_connections is "\{DBInstanceVCPU\*200\}" .* set it to a number/.test(m)),
      messages(odd.result).join('\n'),
    );
    assert.equal(broken(odd.result).length, 0);
    assert.notEqual(odd.result.status, 'pass');
    const missing = await runAwsCheck('database', scenario({}, '1000'), { instances: ['elan-nope'] }, STORY);
    assert.match(messages(missing.result)[0]!, /^unverified: .* elan-nope: not found \(DBInstanceNotFoundFault\)/);
    const denied = await runAwsCheck(
      'database',
      { ...scenario({}, '1000'), faults: { denied: ['rds:DescribeDBParameters'] } },
      { instances: ['elan-db'] },
      STORY,
    );
    assert.ok(messages(denied.result).some((m) => /^unverified: .* access denied: the role needs rds:DescribeDBParameters/.test(m)));
    assert.notEqual(denied.result.status, 'pass');
    const noPoint = await runAwsCheck('database', scenario({}, '1000', []), { instances: ['elan-db'] }, STORY);
    assert.ok(messages(noPoint.result).some((m) => /^unverified: .* free storage of elan-db: CloudWatch has no FreeStorageSpace point/.test(m)));
  });

  it('without the pool size, says what to set instead of guessing', async () => {
    const { result } = await runAwsCheck('database', scenario({}, '1000'), { instances: ['elan-db'] }, { event: STORY_CAPACITY });
    assert.match(messages(result)[0]!, /Set event\.backend\.poolPerInstance and event\.capacity/);
  });
});

describe('dynamodb (JSON 1.0 through the real SDK)', () => {
  const table = (extra: Partial<NonNullable<AwsScenario['dynamoTables']>[number]>): AwsScenario => ({
    dynamoTables: [{ name: 'elan-leads', mode: 'PAY_PER_REQUEST', warm: { read: 12_000, write: 4_000 }, ...extra }],
  });

  it('passes an on-demand table whose warm throughput takes 1,432 write units/s and 6,389 read units/s', async () => {
    const { result } = await runAwsCheck('dynamodb', table({}), { tables: ['elan-leads'] }, STORY);
    assert.equal(result.status, 'pass', messages(result).join('\n'));
    assert.ok(messages(result).some((m) => /1,432 write units\/s at the peak of 4,000 warm \(36 %/.test(m)));
    assert.ok(messages(result).some((m) => /6,389 read units\/s at the peak of 12,000 warm \(53 %/.test(m)));
  });

  it('fails a cold index and an on-demand maximum under the peak; pre-warming is printed, not done', async () => {
    const { result } = await runAwsCheck(
      'dynamodb',
      table({ maxOnDemand: { write: 1_000 }, indexes: [{ name: 'by-email', warm: { read: 12_000, write: 1_200 } }] }),
      { tables: ['elan-leads'] },
      STORY,
    );
    assert.equal(result.status, 'fail');
    const failed = failures(result).map((f) => f.message);
    assert.ok(failed.some((m) => /table elan-leads: 1,432 write units\/s at the peak, over its on-demand maximum of 1,000\/s/.test(m)));
    assert.ok(failed.some((m) => /index by-email: 1,432 write units\/s at the peak of 1,200 warm \(119 %/.test(m)));
    const index = result.remediation.find((r) => r.command?.includes('by-email'))!;
    assert.match(
      index.command!,
      /--global-secondary-index-updates '\[\{"Update":\{"IndexName":"by-email","WarmThroughput":\{"WriteUnitsPerSecond":1790\}\}\}\]'/,
    );
    assert.match(index.action, /cannot be lowered afterwards/);
  });

  it('holds a provisioned table against its capacity, with its share of the writes; a missing table could not be verified', async () => {
    const provisioned = table({ mode: 'PROVISIONED', read: 10_000, write: 500, warm: undefined });
    const { result } = await runAwsCheck('dynamodb', provisioned, { tables: [{ name: 'elan-leads', writes: '30%', reads: '50%' }] }, STORY);
    // 30 % of 1,431.1 = 430 of 500 (86 %): a warning; 50 % of the reads = 3,195 of 10,000.
    assert.equal(result.status, 'warn', messages(result).join('\n'));
    assert.match(result.remediation[0]!.command!, /--provisioned-throughput ReadCapacityUnits=10000,WriteCapacityUnits=538 /);
    const missing = await runAwsCheck('dynamodb', table({}), { tables: ['elan-gone'] }, STORY);
    assert.match(messages(missing.result)[0]!, /^unverified: .* elan-gone: not found \(ResourceNotFoundException\)/);
  });
});

describe('cache (ElastiCache query/XML and CloudWatch through the real SDK)', () => {
  const node = (id: string, evictions: number[], cpu: number[], connections: number[]) =>
    [
      ['Evictions', evictions],
      ['EngineCPUUtilization', cpu],
      ['CurrConnections', connections],
    ].map(([name, values]) => ({ namespace: 'AWS/ElastiCache', name: name as string, dimensions: { CacheClusterId: id }, values: values as number[] }));
  const cache = (metrics: ReturnType<typeof node>, nodes = ['elan-cache-001', 'elan-cache-002']): AwsScenario => ({
    cacheGroups: [{ id: 'elan-cache', nodeType: 'cache.r6g.large', nodes }],
    metrics,
  });

  it('passes two nodes with no eviction, CPU under 60 % and connections well under maxclients', async () => {
    const metrics = [...node('elan-cache-001', [0, 0], [20, 35], [300, 420]), ...node('elan-cache-002', [0], [10], [100])];
    const { result } = await runAwsCheck('cache', cache(metrics), { groups: ['elan-cache'], poolPerInstance: 50 }, STORY);
    assert.equal(result.status, 'pass', messages(result).join('\n'));
    // (7 + 2) × 50 = 450 at the peak, more than the 420 seen.
    assert.ok(messages(result).some((m) => /node elan-cache-001: 450 connections at the peak \(instances × pool\) of 65,000/.test(m)));
  });

  it('fails evictions and a hot CPU with the larger node type to move to; one node is a warning', async () => {
    const { result } = await runAwsCheck(
      'cache',
      cache(node('elan-cache-001', [0, 120, 30], [40, 75], [300]), ['elan-cache-001']),
      { groups: ['elan-cache'] },
      STORY,
    );
    assert.equal(result.status, 'fail');
    const all = messages(result);
    assert.ok(all.some((m) => /^fail: .* evicted 150 keys over the last 7 days/.test(m)));
    assert.ok(all.some((m) => /^fail: .* engine CPU up to 75 %/.test(m)));
    assert.ok(all.some((m) => /^warn: .* one node, no replica/.test(m)));
    assert.match(
      result.remediation[0]!.command!,
      /modify-replication-group --replication-group-id elan-cache --cache-node-type <larger than cache\.r6g\.large>/,
    );
  });

  it('a node without points, or a denied call, could not be verified', async () => {
    const { result } = await runAwsCheck('cache', cache(node('elan-cache-001', [0], [20], [10])), { groups: ['elan-cache'] }, STORY);
    assert.ok(messages(result).some((m) => /^unverified: .* Evictions of elan-cache-002: CloudWatch has no Evictions point/.test(m)));
    assert.notEqual(result.status, 'pass');
    const denied = await runAwsCheck(
      'cache',
      { ...cache([]), faults: { denied: ['elasticache:DescribeReplicationGroups'] } },
      { groups: ['elan-cache'] },
      STORY,
    );
    assert.match(messages(denied.result)[0]!, /^unverified: .* access denied: the role needs elasticache:DescribeReplicationGroups/);
    assert.equal(broken(denied.result).length, 0);
  });
});

describe('email (SES v2 REST-JSON through the real SDK)', () => {
  const ses = (account: Partial<NonNullable<AwsScenario['ses']>>): AwsScenario => ({
    ses: { production: true, maxSendRate: 50, max24HourSend: 50_000, sentLast24Hours: 2_000, ...account },
  });
  const run = (scenario: AwsScenario) => runAwsCheck('email', scenario, { enabled: true }, STORY);

  it("passes 25.6 emails/s at the peak on a 50/s rate, and the event's 4,600 emails in what the day leaves", async () => {
    const { result } = await run(ses({}));
    assert.equal(result.status, 'pass', messages(result).join('\n'));
    assert.ok(messages(result).some((m) => /25\.6 emails\/s at the peak of a sending rate of 50\/s \(51 %/.test(m)));
    assert.ok(messages(result).some((m) => /4,600 emails for the event, 48,000 left of 50,000 a day/.test(m)));
  });

  it('fails the sandbox and the common 14 emails/s, with the quota request and its lead time', async () => {
    const { result } = await run(ses({ production: false, maxSendRate: 14, max24HourSend: 5_000, sentLast24Hours: 1_000 }));
    assert.equal(result.status, 'fail');
    const failed = failures(result).map((f) => f.message);
    assert.ok(failed.some((m) => /is in the sandbox/.test(m)));
    assert.ok(failed.some((m) => /of a sending rate of 14\/s \(183 %.*Maximum sending rate exceeded/.test(m)));
    assert.ok(failed.some((m) => /4,600 emails for the event, 4,000 left of 5,000 a day/.test(m)));
    assert.ok(
      result.remediation.some(
        (r) =>
          r.command === 'aws service-quotas request-service-quota-increase --service-code ses --quota-code L-CDEF9B6B --desired-value 32 --region eu-west-3',
      ),
    );
    assert.equal(result.remediation[0]!.leadTimeMs, 86_400_000);
  });

  it('a denied call could not be verified; off unless the site says it sends through SES', async () => {
    const denied = await run({ ...ses({}), faults: { denied: ['ses:GetAccount'] } });
    assert.match(messages(denied.result)[0]!, /^unverified: .* access denied: the role needs ses:GetAccount/);
    assert.notEqual(denied.result.status, 'pass');
    const off = await runAwsCheck('email', ses({}), {}, STORY);
    assert.equal(off.result.status, 'skip');
    assert.deepEqual(off.endpoint.calls, []);
  });
});
