import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  K6_TAGS
} from "./chunk-4VCM7T7K.js";
import {
  parse
} from "./chunk-PDZFRAXD.js";
import {
  loadInputs,
  resolveLoadSettings,
  resolveWholeShot
} from "./chunk-P6USQ76O.js";
import {
  VERSION
} from "./chunk-EE3ER6H6.js";
import {
  loadConfig,
  require_dist
} from "./chunk-D43J44T6.js";
import {
  UsageError
} from "./chunk-5JCOLP2K.js";
import {
  buildPlan
} from "./chunk-KREMGFCU.js";
import "./chunk-C65WBHE4.js";
import "./chunk-LZIHSDK5.js";
import "./chunk-FTILTXDE.js";
import "./chunk-LROFLYEO.js";
import "./chunk-ID2OXKBK.js";
import "./chunk-JCBWU32H.js";
import {
  grouped,
  plural
} from "./chunk-KHW7QP7J.js";
import {
  RESULT_VERSION
} from "./chunk-AAKWNOJ2.js";
import {
  hostAllowed
} from "./chunk-VPNDTBFQ.js";
import {
  peakRate,
  totalDurationMs
} from "./chunk-35Z2W6AO.js";
import {
  createLookup
} from "./chunk-GL2DH5J2.js";
import {
  NOT_A_FILE,
  PAGE_FILE_SOURCES,
  parseHtml,
  subresources
} from "./chunk-QQOOINLC.js";
import {
  NetworkError,
  createHttpClient
} from "./chunk-DWOR55PJ.js";
import "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
import {
  __toESM
} from "./chunk-5VS2FEJU.js";

// src/cli/commands/export.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";

// src/load/export.ts
var import_yaml = __toESM(require_dist(), 1);

// src/load/k6-runtime.ts
var K6_PRELUDE = `import http from 'k6/http';
import { sleep } from 'k6';
import exec from 'k6/execution';
import { parseHTML } from 'k6/html';`;
var K6_RUNTIME = String.raw`
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

// src/load/locust-runtime.ts
var LOCUST_START_S = 2;
var LOCUST_RUNTIME = String.raw`
import json
import logging
import math
import os
import re
import ssl
import time
import uuid
from html.parser import HTMLParser
from urllib.parse import quote, urldefrag, urljoin, urlsplit

import gevent
import gevent.lock
import gevent.socket
import locust.runners
from gevent.event import Event
from locust import FastHttpUser, LoadTestShape, constant, events, task
from locust.runners import MasterRunner, WorkerRunner

# Debian's python3-locust reports an empty version, which a master takes for a pre-2.0 worker and refuses ("An old
# (pre 2.0) worker tried to connect"). Master and workers run this same file: both get the same version.
if not locust.runners.__version__:
    locust.runners.__version__ = "0+primetime"


def from_env(text):
    def value(match):
        name = match.group(1)
        if name not in FROM_ENV:
            return match.group(0)
        if name not in os.environ:
            raise SystemExit("set " + name + " in the environment")
        return os.environ[name]

    return None if text is None else re.sub(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}", value, text)


REQUESTS = [
    dict(r, url=from_env(r["url"]), body=from_env(r["body"]), headers={k: from_env(v) for k, v in r["headers"].items()})
    for r in SHOT["requests"]
]
ASSET_HEADERS = {k: from_env(v) for k, v in SHOT["assetHeaders"].items()}
ERROR_CLASSES = ["5xx", "4xx", "timeout", "refused", "reset", "other"]

# network.resolve: the pinned names answer their address, as curl --resolve and primetime load do.
_getaddrinfo = gevent.socket.getaddrinfo


def pinned_getaddrinfo(host, port, *args, **kwargs):
    return _getaddrinfo(SHOT["resolve"].get(str(host).lower(), host), port, *args, **kwargs)


gevent.socket.getaddrinfo = pinned_getaddrinfo


def tls_context(*args, **kwargs):
    """The system's authorities and network.ca's, verified (Locust's FastHttpUser verifies nothing by default)."""
    context = ssl.create_default_context()
    for pem in SHOT["ca"]:
        context.load_verify_locations(cadata=pem)
    return context


# The schedule (schedule.ts): arrival k starts when the rate's integral reaches k + 1/2.
def arrival_times(offset, stride, limit):
    segments, start, rate, total = [], 0.0, SHOT["schedule"]["startRate"], 0.0
    for stage in SHOT["schedule"]["stages"]:
        seconds = stage["durationMs"] / 1000
        segments.append((start, seconds, rate, stage["target"], total))
        total, start, rate = total + (rate + stage["target"]) / 2 * seconds, start + seconds, stage["target"]
    index, k = 0, offset
    for _ in range(limit):
        wanted = k + 0.5
        while index < len(segments) and segments[index][4] + (segments[index][2] + segments[index][3]) / 2 * segments[index][1] < wanted:
            index += 1
        if index == len(segments):
            return
        begin, seconds, rate_from, rate_to, cumulative = segments[index]
        need, a = wanted - cumulative, (rate_to - rate_from) / (2 * seconds)
        yield begin + 2 * need / (rate_from + math.sqrt(max(0, rate_from * rate_from + 4 * a * need)))
        k += stride


# The latency histogram (histogram.ts): exact below 2,048 us, then 1,024 sub-buckets per power of two.
def bucket_of(micros):
    v = min(2**32 - 1, max(0, int(micros + 0.5)))
    if v < 2048:
        return v
    shift = v.bit_length() - 11
    return 2048 + (shift - 1) * 1024 + ((v >> shift) - 1024)


class PageFiles(HTMLParser):
    """The files a page names, by the table every engine reads (PAGE_FILES); nothing inside <noscript>."""

    def __init__(self, page_url):
        super().__init__(convert_charrefs=True)
        self.base, self.based, self.hidden, self.values = page_url, False, 0, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(reversed(attrs))  # the first of a repeated attribute wins, as in a browser
        if tag == "noscript":
            self.hidden += 1
        if tag == "base" and attrs.get("href") and not self.based:
            self.base, self.based = urljoin(self.base, attrs["href"].strip()), True
        for source in PAGE_FILES if not self.hidden else []:
            value = attrs.get(source["attribute"])
            if tag != source["tag"] or value is None:
                continue
            if "rel" in source and not set(source["rel"]) & set((attrs.get("rel") or "").lower().split()):
                continue
            if "type" in source and (attrs.get("type") or "").lower() != source["type"]:
                continue
            candidates = [c.strip().split()[0] if c.strip() else "" for c in value.split(",")] if source.get("list") else [value]
            self.values += [c.strip() for c in candidates if c.strip() and not re.match(NOT_A_FILE, c.strip(), re.I)]

    def handle_endtag(self, tag):
        if tag == "noscript" and self.hidden:
            self.hidden -= 1

    def urls(self):
        found = []
        for value in self.values:
            url = quote(urldefrag(urljoin(self.base, value))[0], safe=":/?#[]@!$&'()*+,;=%~")
            if url not in found and allowed(url):
                found.append(url)
        return found


def allowed(url):
    """load.allowHosts (allow.ts): a name, a name:port, or *.domain."""
    parts = urlsplit(url)
    hostname, host = (parts.hostname or "").lower(), parts.netloc.rsplit("@", 1)[-1].lower()
    for pattern in (p.lower().strip() for p in SHOT["allowHosts"]):
        if pattern.startswith("*.") and hostname.endswith(pattern[1:]):
            return True
        if pattern == host or (":" not in pattern and pattern == hostname):
            return True
    return False


def error_class(status, error):
    if status >= 500:
        return "5xx"
    if status >= 400:
        return "4xx"
    if status > 0:
        return None
    if isinstance(error, (gevent.Timeout, TimeoutError, gevent.socket.timeout)):
        return "timeout"
    if isinstance(error, ConnectionRefusedError):
        return "refused"
    if isinstance(error, (ConnectionResetError, BrokenPipeError)):
        return "reset"
    return "other"


RUN = {}
RUN_GIVEN = Event()


@events.init.add_listener
def on_init(environment, **kwargs):
    if isinstance(environment.runner, WorkerRunner):
        environment.runner.register_message("primetime_run", lambda msg, **kw: (RUN.update(msg.data), RUN_GIVEN.set()))


@events.test_start.add_listener
def on_test_start(environment, **kwargs):
    """The master (or a lone process) names the run and its start; each worker gets its index among them."""
    runner = environment.runner
    if isinstance(runner, WorkerRunner):
        return
    workers = sorted(c.id for c in runner.clients.values()) if isinstance(runner, MasterRunner) else ["local"]
    if len(workers) < SHOT["runners"]:
        logging.error("this shot needs %d Locust workers, each under load.caps.maxRate: run the master with --expect-workers %d", SHOT["runners"], SHOT["runners"])
        environment.process_exit_code = 2
        gevent.spawn(runner.quit)
        return
    run = {"id": os.environ.get("PRIMETIME_RUN_ID") or uuid.uuid4().hex[:12], "startAt": time.time() + SHOT["startS"], "workers": workers}
    if isinstance(runner, MasterRunner):
        runner.send_message("primetime_run", run)
    else:
        RUN.update(run)
        RUN_GIVEN.set()


class Seconds:
    """Per second of intended start: the counts and histograms of primetime's result (result.ts)."""

    def __init__(self):
        self.rows = {}

    def at(self, second):
        if second not in self.rows:
            self.rows[second] = {
                **{k: 0 for k in ["requested", "sent", "answered", "dropped", "completed", "cancelled", "capped"]},
                "errors": {c: 0 for c in ERROR_CLASSES},
                "histogram": {},
                "lag": {},
            }
        return self.rows[second]

    def timeline(self):
        sparse = lambda h: sorted([k, v] for k, v in h.items())
        return [
            dict(row, second=second, histogram=sparse(row["histogram"]), lag=sparse(row["lag"]))
            for second, row in sorted(self.rows.items())
        ]


def record(histogram, micros):
    bucket = bucket_of(micros)
    histogram[bucket] = histogram.get(bucket, 0) + 1


class Shot:
    """One Locust process's share of the shot: every count-th arrival from index, within its share of the caps."""

    def __init__(self, client, index, count, start_at):
        self.client, self.index, self.count = client, index, count
        self.start = time.monotonic() + (start_at - time.time())
        self.seconds, self.files_of, self.files_in = Seconds(), {}, {}
        self.open, self.visitors, self.spent = gevent.lock.BoundedSemaphore(SHOT["maxConcurrent"]), 0, 0
        self.bitten, self.aborted, self.stopping, self.ticks = set(), None, False, []
        self.limit = SHOT["maxRequests"]
        self.scheduled = {}
        for t in arrival_times(index, count, self.limit):
            self.scheduled[int(t)] = self.scheduled.get(int(t), 0) + 1
        for second, n in self.scheduled.items():
            self.seconds.at(second)["requested"] = n

    def now(self):
        return time.monotonic() - self.start

    def send(self, method, url, body, headers, name):
        try:
            response = self.client.request(method, url, data=body, headers=headers, name=name)
            status, error = response.status_code or 0, getattr(response, "error", None)
            html = response.text if status and "html" in (response.headers or {}).get("content-type", "") else None
        except Exception as e:  # a failure Locust's client does not catch itself
            status, error, html = 0, e, None
        return status, error_class(status, error), html

    def run(self):
        gevent.spawn(self.watch_errors)
        behind = 0
        for n, intended in enumerate(arrival_times(self.index, self.count, self.limit)):
            wait = intended - self.now()
            if wait > 0:
                gevent.sleep(wait)
                behind = 0
            elif behind >= 32:
                gevent.sleep(0)  # behind schedule: catch up, but let the answers in between
                behind = 0
            behind += 1
            if self.stopping:
                break
            if self.visitors >= SHOT["maxConcurrent"] or not self.open.acquire(blocking=False):
                self.seconds.at(int(intended))["dropped"] += 1
                continue
            self.visitors, self.spent = self.visitors + 1, self.spent + 1
            gevent.spawn(self.visit, self.index + n * self.count, intended)
        deadline = time.monotonic() + SHOT["timeoutS"] + 1
        while self.visitors > 0 and time.monotonic() < deadline:
            gevent.sleep(0.05)
        self.stopping = True

    def visit(self, k, intended):
        second = int(intended)
        request = self.pick(k)
        row = self.seconds.at(second)
        row["sent"] += 1
        record(row["lag"], max(0, self.now() - intended) * 1e6)
        try:
            status, error, html = self.send(request["method"], request["url"], request["body"], request["headers"], request["name"])
            self.open.release()
            record(row["histogram"], (self.now() - intended) * 1e6)
            self.finished(row, error)
            if status:
                row["answered"] += 1
            if request["subresources"] and 0 < status < 400:
                self.fetch_files(request["url"], html, second)
            if SHOT["thinkTimeS"] > 0 and not self.stopping:
                gevent.sleep(SHOT["thinkTimeS"])
        finally:
            self.visitors -= 1

    def finished(self, row, error):
        row["completed"] += 1
        if error:
            row["errors"][error] += 1
        self.ticks.append((time.monotonic(), 1, 1 if error else 0))

    def pick(self, k):
        """The golden-ratio sequence spreads the weights evenly and the same way on every process (worker.ts)."""
        u = (k * (math.sqrt(5) - 1) / 2) % 1
        return next((r for r in REQUESTS if u < r["upTo"]), REQUESTS[-1])

    def fetch_files(self, page_url, html, second):
        if page_url not in self.files_of and html is not None:
            parser = PageFiles(page_url)
            parser.feed(html)
            self.files_of[page_url] = parser.urls()
        queue = list(self.files_of.get(page_url, []))

        def lane():  # six at a time, as a browser does per host
            while queue and not self.stopping:
                url = queue.pop(0)
                if self.spent >= self.limit:
                    self.bitten.add("maxRequests")
                    self.seconds.at(second)["capped"] += 1
                    continue
                files = self.files_in.get(second, 0)
                if self.scheduled.get(second, 0) + files + 1 > SHOT["maxRate"]:
                    self.bitten.add("maxRate")
                    self.seconds.at(second)["capped"] += 1
                    continue
                self.files_in[second], self.spent = files + 1, self.spent + 1
                with self.open:
                    status, error, _ = self.send("GET", url, None, ASSET_HEADERS, None)
                if not self.stopping:
                    self.finished(self.seconds.at(second), error)

        gevent.joinall([gevent.spawn(lane) for _ in range(min(6, len(queue)))])

    def watch_errors(self):
        """load.abort (engine.ts): stop when the latest requests fail past errorRate."""
        rule = SHOT["abort"]
        while not self.stopping and not self.aborted:
            gevent.sleep(0.25)
            now, completed, failed = time.monotonic(), 0, 0
            for at, done, failures in reversed(self.ticks):
                if at < now - rule["window"] / 1000 and completed >= rule["minRequests"]:
                    break
                completed, failed = completed + done, failed + failures
            if completed >= rule["minRequests"] and failed / completed > rule["errorRate"]:
                self.aborted = "%d %% of the last %d requests failed (load.abort.errorRate: %g %%)" % (
                    round(failed / completed * 100), completed, rule["errorRate"] * 100)
                self.stopping = True

    def result(self, run_id, start_at):
        result = {
            "kind": "primetime-load-result",
            "version": SHOT["resultVersion"],
            "shard": {"index": self.index + 1, "count": self.count},
            "engine": "locust",
            "runId": run_id,
            **{k: SHOT[k] for k in ["target", "schedule", "peak", "budgets", "site"]},
            "capped": sorted(set(SHOT["capped"]) | self.bitten),
            "startedAt": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(start_at)) + ".%03dZ" % (start_at % 1 * 1000),
            "durationMs": max(0.0, self.now() * 1000),
            "workers": 1,
            "timeline": self.seconds.timeline(),
        }
        if self.aborted:
            result["aborted"] = self.aborted
        return result


class Visitor(FastHttpUser):
    """One per Locust process: it sends that process's share of the arrivals, each in its own greenlet."""

    host = from_env(SHOT["host"])
    wait_time = constant(3600)
    concurrency = SHOT["maxConcurrent"]
    network_timeout = connection_timeout = SHOT["timeoutS"]
    insecure = False
    ssl_context_factory = staticmethod(tls_context)

    @task
    def shot(self):
        if not RUN_GIVEN.wait(timeout=60):
            raise SystemExit("no run from the master within 60 s")
        runner = self.environment.runner
        me = runner.client_id if isinstance(runner, WorkerRunner) else "local"
        # Redirects are answers, as in primetime load: none is followed.
        self.client.client.redirect_resonse_codes = []
        shot = Shot(self.client, RUN["workers"].index(me), len(RUN["workers"]), RUN["startAt"])
        try:
            wait = RUN["startAt"] - time.time()
            if wait > 0:
                gevent.sleep(wait)
            shot.run()
        finally:
            folder = os.environ.get("PRIMETIME_RESULTS", "primetime-locust")
            os.makedirs(folder, exist_ok=True)
            name = "result-%d-of-%d.json" % (shot.index + 1, shot.count)
            with open(os.path.join(folder, name), "w") as out:
                json.dump(shot.result(RUN["id"], RUN["startAt"]), out)
        while True:
            gevent.sleep(3600)  # the shot is sent: wait for the master's stop


class Schedule(LoadTestShape):
    """One user per Locust process for the whole schedule, then the end."""

    def tick(self):
        if self.get_run_time() > SHOT["startS"] + SHOT["totalS"] + SHOT["timeoutS"] + 3:
            return None
        processes = max(1, len(self.runner.clients)) if isinstance(self.runner, MasterRunner) else 1
        return (processes, processes)
`;

// src/load/export.ts
var duration = (ms) => ms % 1e3 === 0 ? `${ms / 1e3}s` : `${Math.round(ms)}ms`;
function referenced(text, fromEnv) {
  return [...fromEnv].sort((a, b) => b.value.length - a.value.length).reduce((out, { name, value }) => out.split(value).join(`\${${name}}`), text);
}
function scenario(settings, fromEnv) {
  const ref = (text) => referenced(text, fromEnv);
  return settings.requests.map(({ name, method, url, headers, body, subresources: subresources2, weight }) => ({
    name: ref(name),
    method,
    url: ref(url),
    headers: Object.fromEntries(Object.entries(headers).map(([key, value]) => [key, ref(value)])),
    body: body === void 0 ? null : ref(body),
    subresources: subresources2,
    weight
  }));
}
var names = (fromEnv) => JSON.stringify(fromEnv.map((v) => v.name));
function toK6(shot, source, fromEnv = []) {
  const ref = (text) => referenced(text, fromEnv);
  const settings = {
    REQUESTS: scenario(shot, fromEnv),
    ASSET_HEADERS: Object.fromEntries(Object.entries(shot.assetHeaders).map(([k, v]) => [k, ref(v)])),
    THINK_TIME_S: shot.thinkTimeMs / 1e3,
    TIMEOUT: duration(shot.timeoutMs),
    // load.caps.maxRequests per runner, counted in arrivals: k6 cannot count requests across its runners, but
    // exec.scenario.iterationInTest numbers the arrivals over all of them.
    MAX_ARRIVALS: shot.maxRequests * shot.runners,
    // Where pages name their files: the table primetime's own load reads (page-files.ts).
    PAGE_FILES: PAGE_FILE_SOURCES,
    NOT_A_FILE_PATTERN: NOT_A_FILE,
    ALLOW_HOSTS: shot.allowHosts.map((h) => h.toLowerCase().trim())
  };
  return `// Generated by primetime ${VERSION} from ${source}: the load shot as a k6 script.
// Run: k6 run --out json=k6.json.gz ${"<this file>"}, then primetime merge --k6 k6.json.gz: the verdict over the peak window is primetime's.
// Scale out: the k6-operator TestRun written beside this file runs it on ${plural(shot.runners, "runner")}, each under load.caps.maxRate.
// Open model (ramping-arrival-rate): arrivals follow the schedule whatever the answers' speed, as in primetime.
${shot.network.ca.length > 0 ? "// network.ca: k6 trusts the system authorities only; give it yours with SSL_CERT_FILE=<the CA file>.\n" : ""}${K6_PRELUDE}
// Values primetime read from the environment are read from it again when the script runs (k6 run -e NAME=\u2026).
const FROM_ENV = ${names(fromEnv)};
${Object.entries(settings).map(([name, value]) => `const ${name} = ${JSON.stringify(value, null, name === "REQUESTS" ? 2 : void 0)};`).join("\n")}

export const options = ${JSON.stringify(k6Options(shot), null, 2)};
${K6_RUNTIME}`;
}
function k6Options(shot) {
  const { schedule, budgets } = shot;
  const maxVUs = shot.maxConcurrent * shot.runners;
  return {
    scenarios: {
      primetime: {
        executor: "ramping-arrival-rate",
        startRate: Math.round(schedule.startRate),
        timeUnit: "1s",
        // Enough virtual users for the peak rate at the time limit, as k6 asks for them up front.
        preAllocatedVUs: Math.min(maxVUs, Math.max(1, Math.ceil(peakRate(schedule) * 0.5))),
        maxVUs,
        stages: schedule.stages.map((s) => ({ duration: duration(s.durationMs), target: Math.round(s.target) }))
      }
    },
    batchPerHost: 6,
    // primetime merge --k6 checks that every runner's stream is there.
    tags: { [K6_TAGS.runners]: String(shot.runners) },
    ...Object.keys(shot.network.resolve).length > 0 ? { hosts: shot.network.resolve } : {},
    thresholds: {
      http_req_duration: [`p(95)<${budgets.p95Ms}`, `p(99)<${budgets.p99Ms}`],
      http_req_failed: [`rate<${budgets.errorRate}`]
    }
  };
}
function toLocust(shot, source, fromEnv = []) {
  const ref = (text) => referenced(text, fromEnv);
  let upTo = 0;
  const settings = {
    host: ref(new URL(shot.site).origin),
    requests: scenario(shot, fromEnv).map((r) => ({ ...r, upTo: upTo += r.weight })),
    assetHeaders: Object.fromEntries(Object.entries(shot.assetHeaders).map(([k, v]) => [k, ref(v)])),
    ...pick(shot, ["schedule", "target", "peak", "budgets", "capped", "maxConcurrent", "maxRequests", "maxRate", "abort", "allowHosts", "runners"]),
    site: ref(shot.site),
    resolve: Object.fromEntries(Object.entries(shot.network.resolve).map(([k, v]) => [k.toLowerCase(), v])),
    ca: shot.network.ca,
    timeoutS: shot.timeoutMs / 1e3,
    thinkTimeS: shot.thinkTimeMs / 1e3,
    totalS: totalDurationMs(shot.schedule) / 1e3,
    startS: LOCUST_START_S,
    resultVersion: RESULT_VERSION
  };
  const workers = shot.runners;
  return `# Generated by primetime ${VERSION} from ${source}: the load shot as a locustfile (Locust 2.x), an open model.
# Run:  PRIMETIME_RESULTS=results locust -f <this file> --headless
#       primetime merge results/            (the verdict over the peak window, as for primetime's own shards)
# Distributed (${plural(workers, "worker")}, each under ${grouped(shot.maxRate)} req/s, load.caps.maxRate):
#   locust -f <this file> --headless --master --expect-workers ${workers}
#   PRIMETIME_RESULTS=results locust -f <this file> --worker --master-host <the master's address>   (once on each worker machine)
#   then gather every worker's results/result-i-of-${workers}.json into one folder and run primetime merge on it.
# Arrivals leave on the schedule whatever the answers' speed, each latency timed from its intended start.
import json

SHOT = json.loads(${pythonString(JSON.stringify(settings))})
# Values primetime read from the environment are read from it again when the file runs.
FROM_ENV = ${names(fromEnv)}
PAGE_FILES = json.loads(${pythonString(JSON.stringify(PAGE_FILE_SOURCES))})
NOT_A_FILE = ${pythonString(NOT_A_FILE)}
${LOCUST_RUNTIME}`;
}
var pick = (from, keys) => Object.fromEntries(keys.map((k) => [k, from[k]]));
var pythonString = (text) => JSON.stringify(text);
function toK6Operator(shot, source, scriptFile, fromEnv = []) {
  const name = "primetime-load";
  const claim = `${name}-results`;
  const secrets = [...new Set(fromEnv.map((v) => v.name))];
  const testRun = {
    apiVersion: "k6.io/v1alpha1",
    kind: "TestRun",
    metadata: { name },
    spec: {
      parallelism: shot.runners,
      script: { configMap: { name, file: scriptFile } },
      // Kubernetes expands $(POD_NAME) in the runner's command: one file per runner, none overwritten.
      arguments: `--out json=${RESULTS_MOUNT}/$(POD_NAME).json.gz`,
      runner: {
        env: [
          { name: "POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } },
          ...secrets.map((key) => ({ name: key, valueFrom: { secretKeyRef: { name, key } } }))
        ],
        volumes: [{ name: "results", persistentVolumeClaim: { claimName: claim } }],
        volumeMounts: [{ name: "results", mountPath: RESULTS_MOUNT }]
      }
    }
  };
  const claimManifest = {
    apiVersion: "v1",
    kind: "PersistentVolumeClaim",
    metadata: { name: claim },
    // Every runner writes to it at once, from any node.
    spec: { accessModes: ["ReadWriteMany"], resources: { requests: { storage: "5Gi" } } }
  };
  const peak = grouped(Math.round(peakRate(shot.schedule) * (1 + shot.filesPerArrival)));
  return `# Generated by primetime ${VERSION} from ${source}: the load shot on k6-operator, ${plural(shot.runners, "runner")} (a peak of ${peak} req/s with the pages' files, at most ${grouped(shot.maxRate)} req/s each: load.caps.maxRate).
#   kubectl create configmap ${name} --from-file=${scriptFile}
${secrets.length > 0 ? `#   kubectl create secret generic ${name} ${secrets.map((key) => `--from-literal=${key}=\u2026`).join(" ")}
` : ""}#   kubectl apply -f <this file>          (the claim needs a ReadWriteMany storage class)
# Once the TestRun has finished, gather the runners' streams and judge them:
#   kubectl run ${name}-copy --image=busybox --restart=Never --overrides='${JSON.stringify(copyPod(claim))}'
#   kubectl cp ${name}-copy:${RESULTS_MOUNT} k6-results && kubectl delete pod ${name}-copy
#   primetime merge --k6 k6-results/*.json.gz
${(0, import_yaml.stringify)(claimManifest)}---
${(0, import_yaml.stringify)(testRun)}`;
}
var RESULTS_MOUNT = "/results";
var copyPod = (claim) => ({
  spec: {
    volumes: [{ name: "results", persistentVolumeClaim: { claimName: claim } }],
    containers: [{ name: "copy", image: "busybox", command: ["sleep", "600"], volumeMounts: [{ name: "results", mountPath: RESULTS_MOUNT }] }]
  }
});

// src/cli/commands/export.ts
async function exportCommand(argv, io) {
  const { values } = parse(argv, { k6: { type: "boolean" }, locust: { type: "boolean" }, out: { type: "string", short: "o" } });
  if (Boolean(values.k6) === Boolean(values.locust)) throw new UsageError("choose one engine: --k6 or --locust.");
  const loaded = await loadConfig(values.config, io.cwd, io.env, { keepUnset: true });
  const [inputs, plan] = [loadInputs(loaded.config), buildPlan(loaded.config.event)];
  const files = await filesPerArrival(resolveLoadSettings(loaded.file, inputs, plan), io);
  const shot = resolveWholeShot(loaded.file, inputs, plan, files);
  const source = path.basename(loaded.file);
  const script = (values.k6 ? toK6 : toLocust)(shot, source, loaded.fromEnv);
  if (!values.out) {
    io.stdout.write(script);
    return 0;
  }
  const file = path.resolve(io.cwd, values.out);
  await writeFile(file, script);
  if (values.k6) {
    const manifest = file.replace(/(\.[cm]?js)?$/, ".k6-operator.yaml");
    await writeFile(manifest, toK6Operator(shot, source, path.basename(file), loaded.fromEnv));
    io.stderr.write(
      `Wrote ${path.relative(io.cwd, file)}: run it with k6 run --out json=k6.json.gz ${values.out}, then primetime merge --k6 k6.json.gz.
Wrote ${path.relative(io.cwd, manifest)}: a k6-operator TestRun with ${plural(shot.runners, "runner")} (kubectl apply -f, after creating its ConfigMap).
`
    );
  } else
    io.stderr.write(
      `Wrote ${path.relative(io.cwd, file)}: run it with PRIMETIME_RESULTS=results locust -f ${values.out} --headless, then primetime merge results/.
Distributed: locust -f ${values.out} --headless --master --expect-workers ${shot.runners}, and PRIMETIME_RESULTS=results locust -f ${values.out} --worker --master-host <master> on each worker.
`
    );
  return 0;
}
async function filesPerArrival(settings, io) {
  const pages = settings.requests.filter((r) => r.subresources);
  if (pages.length === 0) return 0;
  const lookup = createLookup(settings.network);
  const client = createHttpClient({ ca: settings.network.ca, timeoutMs: 15e3, ...lookup ? { lookup } : {} });
  let files = 0;
  try {
    for (const page of pages) {
      const response = page.method === "GET" ? await client.request(page.url, { headers: page.headers }).catch((error) => error) : void 0;
      if (response === void 0 || response instanceof Error) {
        const why = response instanceof NetworkError ? response.message : response ? String(response) : `a ${page.method}, which export never sends`;
        io.stderr.write(`primetime: ${page.url}'s files not counted (${why}): the runners are planned without them.
`);
        continue;
      }
      const own = subresources(parseHtml(response.body), response.url).filter((s) => hostAllowed(s.url, settings.allowHosts));
      files += page.weight * own.length;
    }
  } finally {
    await client.close();
  }
  return files;
}
export {
  exportCommand
};
