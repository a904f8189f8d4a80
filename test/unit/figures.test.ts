/** The live figures set against the plan: the edges the watch's end-to-end test does not reach. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureValue, judgeReading, type FigureLimits } from '../../src/watch/figures.js';

const LIMITS: FigureLimits = { requestsPerSecond: 2_000, originRequestsPerSecond: 400, lcus: 100, instances: 8, minHealthy: 2, errorRate: 0.01, slowMs: 1_000 };

describe('live figures against the plan', () => {
  it('traffic: ok up to the plan, watch above it, act past the headroom; no point is no request', () => {
    const at = (value?: number) => judgeReading({ kind: 'requests', resource: 'alb', value }, LIMITS);
    assert.deepEqual([at(400).state, at(450).state, at(520).state], ['ok', 'watch', 'act']);
    assert.equal(at(undefined).value, 0);
    assert.equal(at(undefined).state, 'ok');
    assert.equal(at(450).planned, 400, 'the load balancer is held to the origin requests');
    assert.equal(judgeReading({ kind: 'cdn-requests', resource: 'E1', value: 2_100 }, LIMITS).planned, 2_000, 'the CDN to all requests');
    assert.equal(at(520).why, 'past the headroom the plan was sized with');
    assert.equal(at(450).why, 'above the plan');
  });

  it('errors and p95 against the budgets; no request means nothing to judge', () => {
    const errors = (value?: number) => judgeReading({ kind: 'errors', resource: 'alb', value }, LIMITS).state;
    assert.deepEqual([errors(0.5), errors(2), errors(6), errors(undefined)], ['ok', 'watch', 'act', 'ok']);
    const p95 = (value?: number) => judgeReading({ kind: 'p95', resource: 'alb', value }, LIMITS).state;
    assert.deepEqual([p95(900), p95(1_500), p95(2_500), p95(undefined)], ['ok', 'watch', 'act', 'ok']);
  });

  it('what could not be verified is watch with the way to verify it, never act', () => {
    const healthy = judgeReading({ kind: 'healthy', resource: 'alb tg' }, LIMITS);
    assert.equal(healthy.state, 'watch');
    const group = judgeReading({ kind: 'in-service', resource: 'web', id: 'web' }, LIMITS);
    assert.equal(group.state, 'watch');
    assert.match(group.fix!, /enable-metrics-collection --auto-scaling-group-name web --granularity 1Minute/);
    const unread = judgeReading({ kind: 'unread', resource: 'CloudWatch (eu-west-3)', error: 'access denied' }, LIMITS);
    assert.equal(unread.state, 'watch');
    assert.equal(unread.name, 'CloudWatch (eu-west-3) live figures');
  });

  it('capacity: LCUs near the reservation are watch, past it act; too few healthy targets or instances act', () => {
    const lcus = (value: number) => judgeReading({ kind: 'lcus', resource: 'alb', value, id: 'arn:lb' }, LIMITS);
    assert.deepEqual([lcus(70).state, lcus(85).state, lcus(101).state], ['ok', 'watch', 'act']);
    assert.match(lcus(101).fix!, /--load-balancer-arn arn:lb --minimum-load-balancer-capacity CapacityUnits=152$/);
    assert.equal(judgeReading({ kind: 'healthy', resource: 'tg', value: 1 }, LIMITS).state, 'act');
    assert.equal(judgeReading({ kind: 'unhealthy', resource: 'tg', value: 1 }, LIMITS).state, 'watch');
    assert.equal(judgeReading({ kind: 'in-service', resource: 'web', id: 'web', value: 8 }, LIMITS).state, 'ok');
    assert.equal(judgeReading({ kind: 'in-service', resource: 'web', id: 'web', value: 7 }, LIMITS).state, 'act');
  });

  it('shows a value with what it is held against', () => {
    assert.equal(figureValue(judgeReading({ kind: 'requests', resource: 'alb', value: 383.333 }, LIMITS)), '383 req/s (plan 400 req/s)');
    assert.equal(figureValue(judgeReading({ kind: 'errors', resource: 'alb', value: 0.25 }, LIMITS)), '0.3 % (limit 1 %)');
    assert.equal(figureValue(judgeReading({ kind: 'healthy', resource: 'tg', value: 4 }, LIMITS)), '4 targets (at least 2 targets)');
    assert.equal(figureValue(judgeReading({ kind: 'healthy', resource: 'tg' }, LIMITS)), '—');
  });

  it('behind the load balancer: connections, writes and emails against the plan; CPU, lag, throttles and evictions against their limits', () => {
    const limits = { ...LIMITS, databaseConnections: 180, writesPerSecond: 1_400, emailsPerSecond: 25 };
    const at = (kind: Parameters<typeof judgeReading>[0]['kind'], value?: number) => judgeReading({ kind, resource: 'elan', value, id: 'elan-leads' }, limits);
    assert.deepEqual([at('db-connections', 150).state, at('db-connections', 200).state, at('db-connections', 240).state], ['ok', 'watch', 'act']);
    assert.equal(figureValue(at('db-connections', 150)), '150 connections (plan 180 connections)');
    assert.deepEqual([at('db-cpu', 40).state, at('db-cpu', 70).state, at('cache-cpu', 90).state, at('db-cpu').state], ['ok', 'watch', 'act', 'ok']);
    assert.equal(figureValue(at('db-cpu', 70)), '70 % (limit 80 %)');
    assert.deepEqual([at('replica-lag', 1).state, at('replica-lag', 10).state, at('replica-lag', 45).state], ['ok', 'watch', 'act']);
    assert.equal(figureValue(at('replica-lag', 10)), '10 s (limit 30 s)');
    assert.equal(at('throttles', 0).state, 'ok');
    assert.equal(at('throttles', 12).state, 'act');
    assert.match(at('throttles', 12).fix!, /update-table --table-name elan-leads/);
    assert.deepEqual([at('evictions', 0).state, at('evictions', 3).state], ['ok', 'watch']);
    assert.deepEqual([at('writes', 1_000).state, at('emails', 30).state, at('emails').state], ['ok', 'watch', 'ok']);
    // Without event.backend there is no plan to hold them to: only the limits speak.
    assert.equal(judgeReading({ kind: 'db-connections', resource: 'elan', value: 5_000 }, LIMITS).state, 'ok');
  });

  it("the load balancer's own failures: 502s and connection errors are watch, refused connections act with the reservation's fix", () => {
    const at = (kind: Parameters<typeof judgeReading>[0]['kind'], value?: number) => judgeReading({ kind, resource: 'alb', value, id: 'arn:lb' }, LIMITS);
    assert.deepEqual(
      [at('lb-502', 0).state, at('lb-502', 3).state, at('target-errors', 1).state, at('rejected', 2).state, at('rejected').state],
      ['ok', 'watch', 'watch', 'act', 'ok'],
    );
    assert.match(at('rejected', 2).fix!, /modify-capacity-reservation --load-balancer-arn arn:lb/);
    assert.equal(figureValue(at('lb-502', 3)), '3 answers');
  });

  it('an alarm: ALARM is act with its reason, INSUFFICIENT_DATA watch, OK ok; its value reads as its state', () => {
    const alarm = (value: number, detail?: string) => judgeReading({ kind: 'alarm', resource: 'elan-5xx', value, detail }, LIMITS);
    assert.deepEqual([alarm(0).state, alarm(1).state, alarm(2).state], ['ok', 'watch', 'act']);
    assert.equal(alarm(2, 'Threshold Crossed').why, 'in ALARM: Threshold Crossed');
    assert.equal(figureValue(alarm(1)), 'INSUFFICIENT_DATA');
  });
});
