import assert from 'node:assert/strict';
import http from 'node:http';
import type net from 'node:net';
import { describe, it } from 'node:test';
import { probe } from '../../src/watch/probe.js';
import { createHttpClient } from '../../src/web/http.js';

/** A port on 127.0.0.1 that nothing listens on: taken, then let go. */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('the watch probe', () => {
  it('says a stopped server in the words check uses: connection refused, nothing listens there', async () => {
    const client = createHttpClient({ timeoutMs: 2_000 });
    try {
      const url = `http://127.0.0.1:${await closedPort()}/`;
      const result = await probe(
        client,
        { name: 'home', url, fix: 'Start the site.' },
        undefined,
        { slowMs: 1_000, timeoutMs: 2_000 },
        new AbortController().signal,
      );
      assert.equal(result.state, 'act');
      assert.equal(result.why, 'connection refused: nothing listens there');
    } finally {
      await client.close();
    }
  });

  it('says whether peak mode is live, from the text only the light version holds', async () => {
    let light = false;
    const server = http.createServer((_, response) => response.end(light ? '<p>Version allégée</p>' : '<p>Simulateur complet</p>'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = createHttpClient({ timeoutMs: 2_000 });
    try {
      const target = {
        name: 'peak mode',
        url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/simulateur`,
        fix: '',
        lightMarker: 'Version allégée',
      };
      const look = () => probe(client, target, undefined, { slowMs: 1_000, timeoutMs: 2_000 }, new AbortController().signal);
      assert.deepEqual([(await look()).state, (await look()).why], ['ok', 'peak mode off']);
      light = true;
      assert.equal((await look()).why, 'peak mode on');
    } finally {
      await client.close();
      server.close();
    }
  });
});
