/**
 * The fault matrix: primetime against sick sites, sick AWS endpoints and dangerous pages, as a user runs it (the
 * built CLI, real Chromium, real SDK clients, servers on 127.0.0.1). Each case must be handled: exit 1 (NO-GO) or
 * 2 (could not verify) with no stack trace, within its time bound, no secret in any output or file, nothing
 * written to the site, no more requests than the caps allow. The tally is printed as a test diagnostic:
 * `npm run faults` runs this folder alone.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import {
  endlessServer,
  garbageServer,
  gzipBomb,
  gzipBombServer,
  redirectLoopServer,
  resettingServer,
  silentServer,
  slowServer,
  statusServer,
  truncatingServer,
} from '../fixtures/bad-servers.js';
import { runCli } from '../fixtures/cli.js';
import { createPki } from '../fixtures/tls.js';
import { freePort, tempDir } from '../fixtures/sites.js';
import { browsersLeft, leaks, SECRET } from '../fixtures/leaks.js';

const PAGE =
  '<!doctype html><html lang="fr"><head><meta name="viewport" content="width=device-width"><title>Élan Énergie</title></head><body><h1>Élan Énergie</h1><p>Bienvenue chez Élan Énergie.</p></body></html>';

interface Target {
  url: string;
  close(): Promise<void>;
  /** Requests that were not GET or HEAD: a check wrote on the site. */
  writes?: () => number;
  /** Requests received, for the load caps. */
  received?: () => number;
}

interface Case {
  name: string;
  target: () => Promise<Target>;
  /** The checks to run. */
  only: string;
  /** YAML appended to the config. */
  yaml?: string;
  env?: Record<string, string>;
  /** The exit codes that are right for this fault. */
  expect: Array<0 | 1 | 2>;
  /** The most requests the site may receive. */
  maxReceived?: number;
  /** What the output must say: the cause, in words. */
  says?: RegExp;
}

/** A Node server for the cases that need real HTTP: `handler` answers; writes and requests are counted. */
async function site(handler: http.RequestListener, tls?: { key: string; cert: string }): Promise<Target> {
  let writes = 0;
  let received = 0;
  const listener: http.RequestListener = (req, res) => {
    received++;
    if (req.method !== 'GET' && req.method !== 'HEAD') writes++;
    handler(req, res);
  };
  const server = tls ? https.createServer(tls, listener) : http.createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
    writes: () => writes,
    received: () => received,
  };
}
const html = (body: string) => (_req: http.IncomingMessage, res: http.ServerResponse) =>
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);

const HTTP_CHECKS = 'error-pages,redirects,security-headers,caching';
// Each HTTP check has its own time limit (10 s by default), above network.timeout.
const HTTP_YAML = `checks:\n${HTTP_CHECKS.split(',')
  .map((id) => `  ${id}: [error, { requestTimeout: 1s }]\n`)
  .join('')}`;
const BROWSER_CHECKS = 'spelling,mobile-rendering';
const BROWSER_YAML = 'checks:\n  spelling: [error, { navigationTimeout: 3s }]\n  mobile-rendering: [error, { devices: [Pixel 7], navigationTimeout: 3s }]\n';
const AWS_ENV = {
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_REGION: 'eu-west-3',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_CONFIG_FILE: '/nonexistent/aws-config',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
};
const AWS_YAML = 'aws: { required: true, maxAttempts: 1 }\nchecks:\n  service-quotas: error\n';
const CAPACITY = '  cacheHitRatio: 80%\n  capacity: { requestsPerSecondPerInstance: 150, instanceType: c5.xlarge }\n';
/** Every AWS check, each naming the resources it reads, so each must prove something or say it could not. */
const EVERY_AWS = 'service-quotas,lb-prewarm,targets,cloudfront';
const EVERY_AWS_YAML = `aws: { required: true, maxAttempts: 1 }
checks:
  service-quotas: error
  lb-prewarm: [error, { loadBalancers: [elan-web], lcus: 50 }]
  targets: [error, { targetGroups: ['arn:aws:elasticloadbalancing:eu-west-3:123456789012:targetgroup/elan/1'], autoScalingGroups: [elan-web] }]
  cloudfront: [error, { distributions: [E2EXAMPLE] }]
`;
/** An AWS endpoint that answers 200 with an empty body to every call. */
const emptyAnswers = () => site((_req, res) => res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end());
/** A Service Quotas endpoint whose listing hands back the same NextToken forever (the quota asked for is never on a page). */
const repeatingToken = () =>
  site((_req, res) =>
    res
      .writeHead(200, { 'content-type': 'application/x-amz-json-1.1' })
      .end(JSON.stringify({ Quotas: [{ QuotaName: 'Other', QuotaCode: 'L-1' }], NextToken: 'again' })),
  );
const closedPort = async (): Promise<Target> => ({ url: `http://127.0.0.1:${await freePort()}`, close: async () => {} });
const healthy = () => site(html(PAGE));
/** A healthy site for the AWS cases, with the AWS endpoint on a sick server. */
const awsBehind = (sick: () => Promise<Target>) => async (): Promise<Target> => {
  const [home, endpoint] = await Promise.all([healthy(), sick()]);
  return { ...home, url: home.url, close: () => Promise.all([home.close(), endpoint.close()]).then(() => undefined), endpoint: endpoint.url } as Target;
};

const CASES: Case[] = [
  { name: 'connection refused', target: closedPort, only: HTTP_CHECKS, yaml: HTTP_YAML, expect: [1], says: /connection refused: nothing listens there/ },
  { name: 'accepts, never answers', target: silentServer, only: HTTP_CHECKS, yaml: HTTP_YAML, expect: [1], says: /no answer in time \(1000 ms\)/ },
  { name: 'resets every connection', target: resettingServer, only: HTTP_CHECKS, yaml: HTTP_YAML, expect: [1], says: /the connection was reset/ },
  { name: 'answers bytes that are not HTTP', target: garbageServer, only: HTTP_CHECKS, yaml: HTTP_YAML, expect: [1], says: /the answer is not valid HTTP/ },
  {
    name: 'a blank 503 everywhere',
    target: () => statusServer('503 Service Unavailable'),
    only: HTTP_CHECKS,
    yaml: HTTP_YAML,
    expect: [1],
    says: /The home page answered 503/,
  },
  {
    name: 'a 500 page everywhere',
    target: () => statusServer('500 Internal Server Error', '<h1>Erreur</h1>'),
    only: HTTP_CHECKS,
    yaml: HTTP_YAML,
    expect: [1],
    says: /The home page answered 500/,
  },
  { name: 'answers after 3 s (timeout 1 s)', target: () => slowServer(3_000), only: HTTP_CHECKS, yaml: HTTP_YAML, expect: [1], says: /no answer in time/ },
  { name: 'redirects in a loop', target: redirectLoopServer, only: HTTP_CHECKS, yaml: HTTP_YAML, expect: [1] },
  {
    name: 'hangs up halfway through the body',
    target: truncatingServer,
    only: HTTP_CHECKS,
    yaml: HTTP_YAML,
    expect: [1],
    says: /the server hung up before the end of the body/,
  },
  {
    name: 'a body that never ends',
    target: endlessServer,
    only: HTTP_CHECKS,
    yaml: HTTP_YAML,
    expect: [1],
    says: /the answer began but its body did not end in time/,
  },
  {
    name: 'a certificate nobody trusts',
    target: async () => {
      const pki = createPki(await mkdtemp(path.join(os.tmpdir(), 'primetime-pki-')));
      const leaf = pki.leaf('site', { days: 30, altNames: ['IP:127.0.0.1'] });
      return site(html(PAGE), { key: await readFile(leaf.key, 'utf8'), cert: await readFile(leaf.fullChain, 'utf8') });
    },
    only: `${HTTP_CHECKS},tls`,
    yaml: HTTP_YAML,
    expect: [1],
  },
  { name: 'the home page answers, every error page is the same 200', target: healthy, only: HTTP_CHECKS, yaml: HTTP_YAML, expect: [1] },
  {
    name: 'the home page answers 200 with an empty body',
    target: () => site((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end()),
    only: HTTP_CHECKS,
    yaml: HTTP_YAML,
    expect: [1],
    says: /The home page answered 200 with an empty body/,
  },
  {
    name: 'the home page answers 200 with a JSON error',
    target: () => site((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"error":"upstream_timeout"}')),
    only: HTTP_CHECKS,
    yaml: HTTP_YAML,
    expect: [1],
    says: /The home page answered 200 with application\/json, not an HTML page: «\{"error":"upstream_timeout"\}»/,
  },
  {
    name: 'a gzip bomb on every request (redirects alone)',
    target: () => gzipBombServer(gzipBomb()),
    only: 'redirects',
    yaml: HTTP_YAML,
    expect: [1],
    says: /the body inflates past what a page may weigh once decompressed/,
  },
  {
    name: 'a script that loops forever (browser)',
    target: () => site(html('<html lang="fr"><body><script>for (;;) {}</script></body></html>')),
    only: BROWSER_CHECKS,
    yaml: BROWSER_YAML,
    expect: [1],
    says: /on Pixel 7: the page did not finish loading within 3 s/,
  },
  {
    name: 'a page that never answers (browser)',
    target: silentServer,
    only: BROWSER_CHECKS,
    yaml: BROWSER_YAML,
    expect: [1],
    says: /on Pixel 7: the page did not finish loading within 3 s/,
  },
  {
    name: 'a page whose scripts post a form and leave (browser)',
    target: () =>
      site(
        html(
          `${PAGE.replace('</body>', '')}<form id="f" method="post" action="/souscription"><input name="email" required></form><script>fetch('/api/track', { method: 'POST', body: 'x' }); setTimeout(() => document.getElementById('f').submit(), 100);</script></body></html>`,
        ),
      ),
    only: BROWSER_CHECKS,
    yaml: BROWSER_YAML,
    expect: [0, 1],
  },
  {
    name: 'Lighthouse on a script that loops forever',
    target: () => site(html('<html lang="fr"><title>Boucle</title><body><script>for (;;) {}</script></body></html>')),
    only: 'lighthouse',
    yaml: 'checks:\n  lighthouse: [error, { runs: 1, runTimeout: 10s }]\n',
    expect: [1],
    says: /\/ \(mobile\): the page never finished loading within 10 s \(Lighthouse run 1\)/,
  },
  {
    name: 'an AWS endpoint that never answers',
    target: awsBehind(silentServer),
    only: 'service-quotas',
    yaml: AWS_YAML,
    env: AWS_ENV,
    expect: [2],
    says: /Could not verify: .*\n.*the AWS endpoint did not answer in time/,
  },
  { name: 'an AWS endpoint that answers garbage', target: awsBehind(garbageServer), only: 'service-quotas', yaml: AWS_YAML, env: AWS_ENV, expect: [2] },
  {
    name: 'an AWS endpoint that answers HTML 500s',
    target: awsBehind(() => statusServer('500 Internal Server Error', '<html><body>Oups</body></html>')),
    only: 'service-quotas',
    yaml: AWS_YAML,
    env: AWS_ENV,
    expect: [2],
  },
  {
    name: 'AWS endpoints that answer 200 with an empty body',
    target: awsBehind(emptyAnswers),
    only: EVERY_AWS,
    yaml: EVERY_AWS_YAML,
    env: AWS_ENV,
    expect: [2],
    says: /AWS answered without (Quota|LoadBalancers|TargetHealthDescriptions|AutoScalingGroups|DistributionConfig) \(an empty or malformed answer\)/,
  },
  {
    name: 'aws.required with no region',
    target: healthy,
    only: EVERY_AWS,
    yaml: EVERY_AWS_YAML,
    env: { ...AWS_ENV, AWS_REGION: '', AWS_DEFAULT_REGION: '' },
    expect: [2],
    says: /No AWS region: set aws\.targets\[\]\.regions.*\(aws\.required is set\)/,
  },
  {
    name: 'aws.required and an AWS check with nothing to read',
    target: healthy,
    only: 'service-quotas,waf',
    yaml: 'aws: { required: true }\n',
    env: AWS_ENV,
    expect: [2],
    says: /aws\.required is set: an AWS check that skips proves nothing/,
  },
  {
    name: 'a listing whose NextToken repeats',
    target: awsBehind(repeatingToken),
    only: 'service-quotas',
    yaml: 'aws: { required: true, maxAttempts: 1 }\nchecks:\n  service-quotas: [error, { ec2Vcpus: false, quotas: [{ service: ec2, name: Running On-Demand Standard instances, need: 10 }] }]\n',
    env: AWS_ENV,
    expect: [2],
    says: /AWS returned the same NextToken twice/,
  },
  {
    name: 'load on a site that fails every request',
    target: () => site((_req, res) => res.writeHead(503).end()),
    only: 'load',
    yaml: 'load:\n  allowHosts: [127.0.0.1]\n  stages: [{ duration: 1ms, target: 10 }, { duration: 30s, target: 10 }]\n',
    expect: [1],
    maxReceived: 120,
    says: /The run was stopped early: 100 % of the last \d+ requests failed/,
  },
  {
    name: 'load with pages of twenty files under maxRequests: 100',
    target: () => site(html(`<html><body>${Array.from({ length: 20 }, (_, i) => `<img src="/img/${i}.png">`).join('')}</body></html>`)),
    only: 'load',
    yaml: 'load:\n  allowHosts: [127.0.0.1]\n  requests: [{ url: /, subresources: true }]\n  stages: [{ duration: 1ms, target: 20 }, { duration: 3s, target: 20 }]\n  caps: { maxRequests: 100 }\n',
    expect: [1],
    says: /load\.caps\.maxRequests/,
    // The cap, and the home page read once before any check.
    maxReceived: 101,
  },
];

type Verdict = 'handled' | 'crashed' | 'hung' | 'false GO' | 'leaked' | 'wrote' | 'overran' | 'left a browser' | 'unclear' | 'wrong exit';

const tally = new Map<Verdict, string[]>();

async function runCase(c: Case): Promise<{ verdict: Verdict; detail: string }> {
  const target = await c.target();
  const marker = `--primetime-matrix=${randomUUID()}`;
  try {
    const dir = await tempDir();
    const endpoint = (target as Target & { endpoint?: string }).endpoint;
    await writeFile(
      path.join(dir, 'primetime.yml'),
      `event:\n  name: Capital\n  audience: 2300000\n  reach: 10%\n${c.env === AWS_ENV || c.only.includes('service-quotas') ? CAPACITY : ''}site:\n  baseUrl: ${target.url}\n  headers: { X-Token: '\${PRIMETIME_TEST_TOKEN}' }\nnetwork: { timeout: 1s }\nbrowser: { args: ['${marker}'] }\nreport: { formats: [terminal, json, html, markdown, junit] }\n${c.yaml ?? ''}`,
    );
    const run = await runCli(['check', '--only', c.only], {
      cwd: dir,
      env: { PRIMETIME_TEST_TOKEN: SECRET, ...c.env, ...(endpoint ? { AWS_ENDPOINT_URL: endpoint } : {}) },
      timeoutMs: 120_000,
    });
    const output = run.stdout + run.stderr;
    if (run.hung) return { verdict: 'hung', detail: 'still running after 120 s' };
    // A stack trace, or the line primetime prints under an error nobody expected.
    if (/^\s+at .+:\d+:\d+\)?$/m.test(output) || /run again with --verbose for details/.test(output) || run.code === null || ![0, 1, 2].includes(run.code))
      return { verdict: 'crashed', detail: `exit ${run.code}\n${output}` };
    const files = await readdir(path.join(dir, 'primetime-report'), { recursive: true, withFileTypes: true }).catch(() => []);
    let written = '';
    for (const f of files.filter((e) => e.isFile())) written += f.name + (await readFile(path.join(f.parentPath, f.name), 'utf8'));
    if (leaks(output + written).length > 0) return { verdict: 'leaked', detail: leaks(output + written).join(', ') };
    if ((target.writes?.() ?? 0) > 0) return { verdict: 'wrote', detail: `${target.writes!()} requests other than GET or HEAD reached the site` };
    if (c.maxReceived !== undefined && target.received!() > c.maxReceived)
      return { verdict: 'overran', detail: `${target.received!()} requests > ${c.maxReceived}` };
    const left = await browsersLeft(marker);
    if (left.length > 0) return { verdict: 'left a browser', detail: left.join('\n') };
    if (run.code === 0 && !c.expect.includes(0)) return { verdict: 'false GO', detail: output };
    if (!c.expect.includes(run.code as 0 | 1 | 2)) return { verdict: 'wrong exit', detail: `exit ${run.code}, expected ${c.expect.join(' or ')}\n${output}` };
    if (c.says && !c.says.test(output)) return { verdict: 'unclear', detail: `the output does not say ${c.says}\n${output}` };
    return { verdict: 'handled', detail: `exit ${run.code}` };
  } finally {
    await target.close();
  }
}

// Three cases at a time: each has its own server, folder and browser marker, and most wait on a time bound.
describe('the fault matrix', { concurrency: 3 }, () => {
  after(() => {
    const count = (v: Verdict) => tally.get(v)?.length ?? 0;
    const line = `fault matrix: ${CASES.length} cases, ${count('handled')} handled, ${count('crashed')} crashed, ${count('hung')} hung, ${count('false GO')} false GO, ${count('leaked')} secrets leaked, ${count('wrote')} wrote on the site, ${count('overran')} over a cap, ${count('left a browser')} left a browser running, ${count('unclear')} unclear, ${count('wrong exit')} wrong exit code`;
    console.log(line);
  });

  for (const c of CASES)
    it(c.name, async () => {
      const { verdict, detail } = await runCase(c);
      tally.set(verdict, [...(tally.get(verdict) ?? []), c.name]);
      assert.equal(verdict, 'handled', `${c.name}: ${verdict}: ${detail}`);
    });
});
