import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import defaultConfig from 'lighthouse/core/config/default-config.js';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CATEGORIES, UNSCORED_EXTRAS } from './session.js';

describe('lighthouse: a run read for its figures', () => {
  it('leaves out only audits that weigh nothing in any category primetime judges, mobile or desktop', () => {
    for (const config of [defaultConfig, desktopConfig]) {
      const categories = config.categories ?? defaultConfig.categories!;
      for (const audit of UNSCORED_EXTRAS) {
        const refs = CATEGORIES.flatMap((id) => categories[id]!.auditRefs.filter((ref) => ref.id === audit));
        assert.ok(refs.length > 0, `${audit} is no longer in Lighthouse's categories: drop it from UNSCORED_EXTRAS`);
        assert.deepEqual(
          refs.map((ref) => ref.weight),
          refs.map(() => 0),
          `${audit} now weighs in a score`,
        );
      }
    }
  });
});
