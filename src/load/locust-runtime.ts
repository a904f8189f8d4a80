/**
 * The Python half of the exported locustfile: primetime's open model on Locust. The export writes the shot's
 * settings (SHOT, FROM_ENV, PAGE_FILES) above it. It is Locust's own runner, users and statistics; what it adds is
 * what Locust's closed model lacks:
 *
 * - arrivals leave on the schedule whatever the answers' speed (one user per Locust process spawns each arrival at
 *   its intended start; arrivals beyond load.caps.maxConcurrent are dropped and counted, never queued);
 * - each latency is timed from the arrival's intended start, and recorded per second in primetime's histogram
 *   layout (histogram.ts), so `primetime merge` judges a Locust run exactly as its own shards;
 * - pages pull in their files by the same table as primetime's own load (page-files.ts), within maxRate and
 *   maxRequests; the abort rule, the think time and network.resolve / network.ca hold as in `primetime load`.
 *
 * Distributed, the master hands every worker its index, the worker count, a run id and a shared start time: each
 * worker sends every N-th arrival, as `primetime load --shard i/N` does, and writes result-i-of-N.json.
 */
/** Seconds between the run's start and its first arrival: time for every worker to get the run and spawn its user. */
export const LOCUST_START_S = 2;

export const LOCUST_RUNTIME = String.raw`
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
