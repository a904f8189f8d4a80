import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigSchema, type ConfigInput } from '../../src/config/schema.js';
import { buildPlan } from '../../src/plan/plan.js';
import { vcpusOf } from '../../src/plan/instance-types.js';

const planOf = (event: Partial<ConfigInput['event']>) =>
  buildPlan(ConfigSchema.parse({ event: { name: 'Capital', audience: 2_300_000, reach: '10%', ...event }, site: { baseUrl: 'https://a.fr' } }).event);

describe('event plan', () => {
  it("derives the story's figures: 2.3 M viewers × 10 % over 3 minutes", () => {
    const { targets } = planOf({ arrivalWindow: '3m' });
    assert.equal(targets.visitors, 230_000);
    assert.equal(Math.round(targets.arrivalsPerSecond!), 1_278);
    assert.equal(targets.peakArrivalsPerSecond, targets.arrivalsPerSecond);
  });

  it('applies the peak factor, pages per visit, requests per page and the CDN hit ratio in turn', () => {
    const { targets } = planOf({
      arrivalWindow: '100s',
      audience: 1_000_000,
      reach: 0.1,
      peakFactor: 2,
      pagesPerVisit: 4,
      requestsPerPageView: 5,
      cacheHitRatio: '90%',
    });
    assert.equal(targets.arrivalsPerSecond, 1_000);
    assert.equal(targets.peakArrivalsPerSecond, 2_000);
    assert.equal(targets.pageViewsPerSecond, 8_000);
    assert.equal(targets.requestsPerSecond, 40_000);
    assert.ok(Math.abs(targets.originRequestsPerSecond! - 4_000) < 1e-6);
  });

  it('projects requests/s by rule of three from a previous peak', () => {
    const { targets, figures } = planOf({ previousPeak: { visitors: 23_000, requestsPerSecond: 350 }, cacheHitRatio: 0 });
    assert.equal(targets.requestsPerSecond, 3_500);
    assert.match(figures.find((f) => f.id === 'requestsPerSecond')!.formula, /350 req\/s at a previous peak of 23,000 visitors/);
  });

  it('sizes the LCU reservation on the highest dimension, rounded up', () => {
    // 1,277.8 new connections/s ÷ 25 = 51.1 → 52 LCU when only the connection dimension is known.
    assert.equal(planOf({}).targets.lcus, 52);
    // With capacity known, the byte dimension can dominate: 3,833 req/s × 100 kB × 3,600 s ÷ 1 GB = 1,380 LCU.
    const withBytes = planOf({ capacity: { requestsPerSecondPerInstance: 100, bytesPerRequest: 100_000 } });
    assert.equal(withBytes.targets.lcus, 1_380);
  });

  it('derives instances with headroom, then vCPUs from the instance type', () => {
    const { targets, figures } = planOf({ cacheHitRatio: '80%', capacity: { requestsPerSecondPerInstance: 150, instanceType: 'c5.xlarge', headroom: '20%' } });
    // 766.7 origin req/s × 1.2 ÷ 150 = 6.13 → 7 instances × 4 vCPU.
    assert.equal(targets.instances, 7);
    assert.equal(targets.vcpus, 28);
    assert.match(figures.find((f) => f.id === 'vcpus')!.formula, /7 instances × 4 vCPU \(c5\.xlarge\)/);
  });

  it('says what is missing instead of guessing', () => {
    const unknownType = planOf({ capacity: { requestsPerSecondPerInstance: 100, instanceType: 'x9.huge' } });
    assert.equal(unknownType.targets.vcpus, undefined);
    assert.match(unknownType.notes.join(' '), /x9\.huge.*vcpusPerInstance/);
    assert.match(planOf({}).notes.join(' '), /requestsPerSecondPerInstance/);
    assert.equal(planOf({ capacity: { requestsPerSecondPerInstance: 100, instanceType: 'x9.huge', vcpusPerInstance: 6 } }).targets.vcpus! % 6, 0);
  });

  it('knows the vCPUs of common instance types', () => {
    assert.deepEqual(['t3.micro', 'm5.large', 'c5.xlarge', 'c6g.medium', 'r6i.4xlarge', 'm5.medium', 'nope'].map(vcpusOf), [
      2,
      2,
      4,
      1,
      16,
      undefined,
      undefined,
    ]);
  });

  it('gives every figure a formula a person can redo', () => {
    for (const figure of planOf({ capacity: { requestsPerSecondPerInstance: 100 } }).figures) {
      assert.ok(figure.formula.length > 10 && Number.isFinite(figure.value), `${figure.id}: ${figure.formula}`);
    }
  });

  it("derives the funnel's figures behind the load balancer: the story's event at a 2 % conversion", () => {
    const backend = {
      conversion: '2%',
      emailsPerConversion: 2,
      writesPerVisit: 1,
      writesPerConversion: 6,
      readsPerVisit: 10,
      poolPerInstance: 20,
      deploySurge: 2,
    };
    const { targets, figures } = planOf({ cacheHitRatio: '80%', capacity: { requestsPerSecondPerInstance: 150, instanceType: 'c5.xlarge' }, backend });
    // 1,277.8 visitors/s × 2 % = 25.6 completions/s; × 2 emails = 51.1 emails/s; 230,000 × 2 % × 2 = 9,200 emails.
    assert.equal(Math.round(targets.conversionsPerSecond! * 10) / 10, 25.6);
    assert.equal(Math.round(targets.emailsPerSecond! * 10) / 10, 51.1);
    assert.equal(targets.emailsPerDay, 9_200);
    // 1,277.8 × 1 + 25.6 × 6 = 1,431.1 writes/s; 12,778 reads/s.
    assert.equal(Math.round(targets.writesPerSecond!), 1_431);
    assert.equal(Math.round(targets.readsPerSecond!), 12_778);
    // (7 instances + 2 a deploy adds) × 20 = 180 connections.
    assert.equal(targets.databaseConnections, 180);
    assert.match(figures.find((f) => f.id === 'databaseConnections')!.formula, /\(7 instances \+ 2 a rolling deploy adds\) × pool of 20/);
  });

  it('says which input the database connections need', () => {
    const noPool = planOf({ backend: { conversion: '2%' } });
    assert.equal(noPool.targets.databaseConnections, undefined);
    assert.match(noPool.notes.join(' '), /event\.backend\.poolPerInstance/);
    const noCapacity = planOf({ backend: { conversion: '2%', poolPerInstance: 10 } });
    assert.equal(noCapacity.targets.databaseConnections, undefined);
    assert.match(noCapacity.notes.join(' '), /Set event\.capacity to derive the database connections/);
  });

  it('shows the origin requests in peak mode too', () => {
    const { targets, figures } = planOf({ cacheHitRatio: '80%', peakModeShare: '60%' });
    assert.equal(Math.round(targets.originRequestsPeakMode!), 460);
    assert.match(figures.find((f) => f.id === 'originRequestsPeakMode')!.formula, /766\.67 req\/s × 60 % left with the heavy pages light/);
  });
});
