import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryGiBOf } from '../../src/plan/instance-types.js';
import { evaluateParameter } from './formula.js';

const GIB = 1024 ** 3;
const on = (gib: number) => ({ DBInstanceClassMemory: gib * GIB });

describe('RDS parameter formulas', () => {
  it("computes the engines' default max_connections as RDS does (integer division, log base 2)", () => {
    // MySQL on 8 GiB; PostgreSQL on 16 GiB, capped at 5,000 on 64 GiB; Aurora MySQL's published 1,000 and 2,000.
    assert.equal(evaluateParameter('{DBInstanceClassMemory/12582880}', on(8)), 682);
    assert.equal(evaluateParameter('LEAST({DBInstanceClassMemory/9531392},5000)', on(16)), 1_802);
    assert.equal(evaluateParameter('LEAST({DBInstanceClassMemory/9531392},5000)', on(64)), 5_000);
    const aurora = 'GREATEST({log(DBInstanceClassMemory/805306368)*45},{log(DBInstanceClassMemory/8187281408)*1000})';
    assert.equal(evaluateParameter(aurora, on(16)), 1_000);
    assert.equal(evaluateParameter(aurora, on(32)), 2_000);
    assert.equal(evaluateParameter(' 500 ', on(1)), 500);
  });

  it('guesses nothing: an unknown variable or function, a broken formula, a division by zero', () => {
    for (const text of ['', '{DBInstanceVCPU*200}', 'AVG(1,2)', '{DBInstanceClassMemory/12582880', '5 6', '{DBInstanceClassMemory/0}', 'max_connections'])
      assert.equal(evaluateParameter(text, on(8)), undefined, text);
  });

  it('knows the memory of the common classes, and says nothing of the others', () => {
    assert.equal(memoryGiBOf('db.t3.micro'), 1);
    assert.equal(memoryGiBOf('db.m5.large'), 8);
    assert.equal(memoryGiBOf('db.r6g.xlarge'), 32);
    assert.equal(memoryGiBOf('db.x2g.large'), 32);
    assert.equal(memoryGiBOf('db.serverless'), undefined);
    assert.equal(memoryGiBOf('db.z1d.large'), undefined);
  });
});
