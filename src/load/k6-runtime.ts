/**
 * The k6 half of the exported script: what runs in k6 once the export has written the shot's settings (REQUESTS,
 * ASSET_HEADERS, PAGE_FILES, ALLOW_HOSTS…) as constants and its options. Plain JavaScript for k6's runtime: k6/http,
 * k6/html, k6/execution; no URL class (k6 has none), so URLs are resolved here as a browser resolves them.
 */
import { K6_TAGS } from './k6-stream.js';

export const K6_PRELUDE = `import http from 'k6/http';
import { sleep } from 'k6';
import exec from 'k6/execution';
import { parseHTML } from 'k6/html';`;

export const K6_RUNTIME = String.raw`
function fromEnv(text) {
  return text === null ? null : text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name) => {
    if (!FROM_ENV.includes(name)) return whole;
    if (__ENV[name] === undefined) throw new Error('set ' + name + ' in the environment: k6 run -e ' + name + '=…');
    return __ENV[name];
  });
}
const headersFromEnv = (headers) => Object.fromEntries(Object.entries(headers).map(([key, value]) => [key, fromEnv(value)]));
const SCENARIO = REQUESTS.map((r) => ({ ...r, url: fromEnv(r.url), body: fromEnv(r.body), headers: headersFromEnv(r.headers) }));
const FILE_HEADERS = headersFromEnv(ASSET_HEADERS);
const NOT_A_FILE = new RegExp(NOT_A_FILE_PATTERN, 'i');

function pick() {
  let left = Math.random();
  for (const request of SCENARIO) if ((left -= request.weight) < 0) return request;
  return SCENARIO[SCENARIO.length - 1];
}
function resolveUrl(raw, base) {
  const ref = raw.replace(/#.*$/, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return ref;
  const [, scheme, authority, basePath, baseQuery = ''] = /^([a-z][a-z0-9+.-]*:)\/\/([^/?#]*)([^?#]*)(\?[^#]*)?/i.exec(base);
  if (ref.startsWith('//')) return scheme + ref;
  const at = ref.indexOf('?');
  const [path, query] = at >= 0 ? [ref.slice(0, at), ref.slice(at)] : [ref, ''];
  if (path === '') return scheme + '//' + authority + (basePath || '/') + (query || baseQuery);
  const joined = path.startsWith('/') ? path : (basePath.slice(0, basePath.lastIndexOf('/') + 1) || '/') + path;
  const segments = [];
  const parts = joined.split('/').slice(1);
  parts.forEach((segment, i) => {
    if (segment === '..') segments.pop();
    else if (segment !== '.') segments.push(segment);
    if ((segment === '.' || segment === '..') && i === parts.length - 1) segments.push('');
  });
  return scheme + '//' + authority + '/' + segments.join('/') + query;
}

function allowed(url) {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#]*)/i.exec(url);
  if (!match) return false;
  const host = match[1].toLowerCase();
  const hostname = host.replace(/:\d+$/, '');
  return ALLOW_HOSTS.some((pattern) =>
    pattern.startsWith('*.') ? hostname.endsWith(pattern.slice(1)) : pattern.includes(':') && !pattern.startsWith('[') ? pattern === host : pattern === hostname || pattern === host,
  );
}

/** The files a page names, by the shared table, on the hosts load may reach; each once; nothing in <noscript>. */
function pageFiles(response) {
  const page = parseHTML(response.body);
  const base = page.find('base[href]').attr('href');
  const baseUrl = base ? resolveUrl(base.trim(), response.url) : response.url;
  const urls = [];
  for (const source of PAGE_FILES)
    page.find(source.tag + '[' + source.attribute + ']').each((_, element) => {
      const rels = (element.getAttribute('rel') || '').toLowerCase().split(/\s+/);
      if (source.rel && !source.rel.some((r) => rels.includes(r))) return;
      if (source.type && (element.getAttribute('type') || '').toLowerCase() !== source.type) return;
      const value = element.getAttribute(source.attribute) || '';
      for (const raw of source.list ? value.split(',').map((c) => c.trim().split(/\s+/)[0]) : [value]) {
        const candidate = (raw || '').trim();
        if (!candidate || NOT_A_FILE.test(candidate)) continue;
        const url = resolveUrl(candidate, baseUrl);
        if (allowed(url) && !urls.includes(url)) urls.push(url);
      }
    });
  return urls;
}

/** Each page's files, read from its first HTML answer (as primetime's workers do). */
const FILES_OF = {};

export default function () {
  if (exec.scenario.iterationInTest >= MAX_ARRIVALS) return;
  const request = pick();
  const response = http.request(request.method, request.url, request.body, {
    headers: request.headers,
    tags: { name: request.name, ${K6_TAGS.kind}: 'page' },
    timeout: TIMEOUT,
    redirects: 0,
  });
  if (request.subresources && response.status > 0 && response.status < 400 && /html/i.test(response.headers['Content-Type'] || '')) {
    const files = FILES_OF[response.url] || (FILES_OF[response.url] = pageFiles(response));
    if (files.length > 0)
      http.batch(files.map((url) => ({ method: 'GET', url, params: { headers: FILE_HEADERS, tags: { ${K6_TAGS.kind}: 'file' }, timeout: TIMEOUT, redirects: 0 } })));
  }
  if (THINK_TIME_S > 0) sleep(THINK_TIME_S);
}
`;
