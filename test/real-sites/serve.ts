/**
 * The real-sites corpus (../shared/corpus/real-sites: eight real French sites built by others, read in place,
 * never copied here) served by nginx on 127.0.0.1, one free port a site, from the corpus's own nginx example.
 * Its access log tells every request the checks sent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../fixtures/cli.js';
import { freePort, tempDir } from '../fixtures/sites.js';

export const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'real-sites');

export interface CorpusServer {
  /** Site name → its base URL. */
  sites: Map<string, string>;
  /** Every request nginx received, as "METHOD path". */
  requests(): Promise<string[]>;
  close(): Promise<void>;
}

/** Why the corpus cannot be served here, or undefined when it can. */
export function corpusMissing(): string | undefined {
  if (!existsSync(path.join(CORPUS, 'nginx.conf.example'))) return `the corpus is not at ${CORPUS}`;
  try {
    execFileSync('nginx', ['-v'], { stdio: 'ignore' });
  } catch {
    return 'nginx is not installed (apt-get install nginx-light)';
  }
  return undefined;
}

export async function serveCorpus(): Promise<CorpusServer> {
  const prefix = await tempDir();
  await mkdir(path.join(prefix, 'logs'));
  await mkdir(path.join(prefix, 'tmp'));
  const example = (await readFile(path.join(CORPUS, 'nginx.conf.example'), 'utf8')).replaceAll('CORPUS', CORPUS);
  const sites = new Map<string, string>();
  // Each server block's fixed port becomes a free one; its root names the site.
  let conf = '';
  for (const block of example.split(/(?=\n\s*server\s*\{)/)) {
    const site = /root\s+\S*\/sites\/([\w-]+);/.exec(block)?.[1];
    if (!site) {
      conf += block;
      continue;
    }
    const port = await freePort();
    sites.set(site, `http://127.0.0.1:${port}`);
    conf += block.replace(/listen\s+127\.0\.0\.1:\d+;/, `listen 127.0.0.1:${port};`);
  }
  conf = conf
    .replace(/access_log\s+\S+;/, 'access_log logs/access.log primetime;')
    .replace(/http\s*\{/, 'http {\n    log_format primetime "$request_method $request_uri";');
  await writeFile(path.join(prefix, 'nginx.conf'), conf);
  const nginx = (...args: string[]) => execFileSync('nginx', ['-p', `${prefix}/`, '-c', path.join(prefix, 'nginx.conf'), ...args], { stdio: 'pipe' });
  nginx();
  return {
    sites,
    requests: async () => (await readFile(path.join(prefix, 'logs', 'access.log'), 'utf8').catch(() => '')).split('\n').filter(Boolean),
    close: async () => void nginx('-s', 'stop'),
  };
}
