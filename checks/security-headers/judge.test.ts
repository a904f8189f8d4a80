import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answer, judged } from '../../test/fixtures/judge.js';
import { judge } from './index.js';

const options = { minHstsMaxAge: 180 * 86_400_000, requireHttpOnly: true, requestTimeout: 10_000 };
const SOUND = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'content-security-policy': "default-src 'self'; frame-ancestors 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  server: 'nginx',
};

describe('security-headers judge', () => {
  it('passes sound headers and locked-down cookies', () => {
    const response = answer('https://a.fr/', 200, SOUND, '', ['sid=1; Secure; HttpOnly; SameSite=Lax']);
    assert.equal(judged((found) => judge(response, response.url, options, found)).status, 'pass');
  });

  it('names each missing header, a disclosed version and each cookie flag missing', () => {
    const response = answer(
      'https://a.fr/',
      200,
      { ...SOUND, 'strict-transport-security': 'max-age=600', server: 'nginx/1.18.0', 'content-security-policy': '' },
      '',
      ['consent=yes; Secure'],
    );
    const result = judged((found) => judge(response, response.url, options, found));
    assert.deepEqual(result.lines, [
      'fail: HSTS max-age is 600 s, under 15552000 s.',
      'fail: No Content-Security-Policy header.',
      'fail: Framing is not restricted (no frame-ancestors, no X-Frame-Options).',
      'fail: The software and its version are disclosed (Server: nginx/1.18.0).',
      'fail: Cookie consent lacks HttpOnly, SameSite.',
    ]);
    const relaxed = judged((found) => judge(response, response.url, { ...options, requireHttpOnly: false }, found));
    assert.match(relaxed.lines.at(-1)!, /lacks SameSite\.$/);
  });

  it('over plain http, neither HSTS nor the Secure flag is asked for (browsers ignore them there), and it says so', () => {
    const { 'strict-transport-security': _hsts, ...withoutHsts } = SOUND;
    const response = answer('http://a.fr/', 200, withoutHsts, '', ['sid=1; HttpOnly; SameSite=Lax']);
    const result = judged((found) => judge(response, response.url, options, found));
    assert.equal(result.status, 'pass', result.lines.join('\n'));
    assert.ok(
      result.lines.some((line) => /^info: Over plain http, HSTS and the Secure cookie flag are not judged/.test(line)),
      result.lines.join('\n'),
    );
    const overHttps = answer('https://a.fr/', 200, withoutHsts, '', ['sid=1; HttpOnly; SameSite=Lax']);
    assert.deepEqual(
      judged((found) => judge(overHttps, overHttps.url, options, found)).lines.filter((line) => line.startsWith('fail')),
      ['fail: No Strict-Transport-Security header.', 'fail: Cookie sid lacks Secure.'],
    );
  });
});
