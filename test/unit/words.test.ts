/** Numbers as a reader reads them: the hand-written en-US grouping says what Intl says, without its start-up. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatNumber, grouped, plural } from '../../src/util/words.js';

describe('numbers in words', () => {
  it('groups and rounds as Intl en-US does, ties on the decimal a reader sees included', () => {
    const ties = [1.005, 2.675, 999.995, 0.125, -2.5, 1234.5, -0.001, 0, -0, 5e-7, 12_345_678_901];
    const seeded = Array.from({ length: 2_000 }, (_, i) => ((i * 7919) % 100_003) * 10 ** ((i % 9) - 3) * (i % 5 === 0 ? -1 : 1));
    for (const value of [...ties, ...seeded])
      for (const digits of [0, 1, 2]) {
        const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(value).replace(/^-0$/, '0');
        assert.equal(grouped(value, digits), intl, `${value} to ${digits} digits`);
      }
  });

  it('says counts and small figures as the reports do', () => {
    assert.equal(formatNumber(230_000), '230,000');
    assert.equal(formatNumber(2.345), '2.35');
    assert.equal(formatNumber(12.6), '13');
    assert.equal(plural(1, 'page'), '1 page');
    assert.equal(plural(1_200, 'word'), '1,200 words');
    assert.equal(grouped(Number.NaN), 'NaN');
  });
});
