import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import defaultConfig from 'lighthouse/core/config/default-config.js';
import { METRICS } from './index.js';
import { unscoredAudits } from './session.js';

describe('lighthouse: a run read for its figures', () => {
  const skipped = unscoredAudits(defaultConfig);

  it('skips the audits that weigh nothing, such as the back/forward cache test and the insights', () => {
    for (const audit of ['bf-cache', 'final-screenshot', 'lcp-breakdown-insight']) assert.ok(skipped.includes(audit), audit);
  });

  it('keeps every audit that weighs in a judged score, and every metric primetime reads', () => {
    const weighed = Object.values(defaultConfig.categories!).flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id));
    assert.ok(weighed.length > 30);
    for (const audit of [...weighed, ...Object.values(METRICS).map((m) => m.audit)]) assert.ok(!skipped.includes(audit), audit);
  });
});
