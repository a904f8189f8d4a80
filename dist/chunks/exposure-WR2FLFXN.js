import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  mapLimit
} from "./chunk-REAIEUUL.js";
import {
  RequestTimeout,
  defineCheck
} from "./chunk-ID2OXKBK.js";
import {
  findings
} from "./chunk-JCBWU32H.js";
import {
  plural
} from "./chunk-KHW7QP7J.js";
import {
  NetworkError
} from "./chunk-DWOR55PJ.js";
import {
  external_exports
} from "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// checks/exposure/probes.ts
var ENV_LINE = /^\s*(?:export\s+)?([A-Z][A-Z0-9_]{1,63})\s*=/gm;
var ENV_TELL = new RegExp(ENV_LINE.source, "m");
var SQL_DUMP = /(?:^-- (?:MySQL|MariaDB) dump|^-- PostgreSQL database dump|\bCREATE TABLE\b|\bINSERT INTO\b)/im;
var ZIP = /^PK\u0003\u0004/;
var LISTING = /<title>\s*Index of \/|<h1>\s*Index of \/|<title>\s*Directory listing for \//i;
var keyNames = (body) => {
  const keys = [...new Set([...body.matchAll(ENV_LINE)].map((m) => m[1]))];
  return `${keys.length} settings (${keys.slice(0, 6).join(", ")}${keys.length > 6 ? ", \u2026" : ""}), values masked`;
};
var fixed = (text) => () => text;
var PROBES = [
  {
    path: "/.git/HEAD",
    what: "the Git repository's HEAD",
    tell: /^(ref: refs\/|[0-9a-f]{40}\s*$)/,
    revealed: fixed("the repository, and with it the source and its history")
  },
  {
    path: "/.git/config",
    what: "the Git repository's config",
    tell: /^\s*\[core\]/m,
    revealed: fixed("the repository config (remote URLs, sometimes with a token)")
  },
  { path: "/.env", what: "an environment file", tell: ENV_TELL, revealed: keyNames },
  { path: "/.env.production", what: "an environment file", tell: ENV_TELL, revealed: keyNames },
  {
    path: "/.svn/entries",
    what: "the Subversion working copy's entries",
    tell: /^(?:8|9|10|11|12)\s*$|^dir\s*$/m,
    revealed: fixed("the working copy, and with it the source")
  },
  { path: "/.DS_Store", what: "a macOS folder index", tell: /^\u0000\u0000\u0000\u0001Bud1/, revealed: fixed("the names of the folder's files") },
  {
    path: "/server-status",
    what: "Apache's server status",
    tell: /Apache Server Status|Server uptime:/i,
    revealed: fixed("live requests, client addresses and URLs")
  },
  { path: "/nginx_status", what: "nginx's stub status", tell: /^Active connections:\s*\d+/m, revealed: fixed("the server's live connection counts") },
  {
    path: "/phpinfo.php",
    what: "a phpinfo() page",
    tell: /phpinfo\(\)|<title>PHP \d[^<]*phpinfo|PHP Version \d/i,
    revealed: fixed("the PHP configuration and environment variables")
  },
  { path: "/info.php", what: "a phpinfo() page", tell: /phpinfo\(\)|PHP Version \d/i, revealed: fixed("the PHP configuration and environment variables") },
  { path: "/backup.zip", what: "a backup archive", tell: ZIP, revealed: fixed("a zip archive") },
  { path: "/site.zip", what: "a backup archive", tell: ZIP, revealed: fixed("a zip archive") },
  { path: "/backup.sql", what: "a database dump", tell: SQL_DUMP, revealed: fixed("an SQL dump: tables, and their rows") },
  { path: "/dump.sql", what: "a database dump", tell: SQL_DUMP, revealed: fixed("an SQL dump: tables, and their rows") },
  { path: "/db.sql", what: "a database dump", tell: SQL_DUMP, revealed: fixed("an SQL dump: tables, and their rows") },
  {
    path: "/wp-config.php.bak",
    what: "WordPress's config backup",
    tell: /DB_PASSWORD|define\(\s*'DB_/,
    revealed: fixed("the database's name, user and password (masked here)")
  },
  {
    path: "/wp-config.php~",
    what: "WordPress's config backup",
    tell: /DB_PASSWORD|define\(\s*'DB_/,
    revealed: fixed("the database's name, user and password (masked here)")
  },
  { path: "/phpmyadmin/", what: "phpMyAdmin", tell: /phpMyAdmin/, revealed: fixed("a database admin login, open to the world") },
  { path: "/adminer.php", what: "Adminer", tell: /Adminer/, revealed: fixed("a database admin login, open to the world") },
  { path: "/manager/html", what: "Tomcat's manager", tell: /Tomcat Web Application Manager/, revealed: fixed("the application server manager") },
  {
    path: "/wp-admin/install.php",
    what: "WordPress's installer",
    tell: /wp-install|WordPress &rsaquo; Installation|Already Installed/i,
    revealed: fixed("an installer anyone could run")
  }
];
var LISTED_FOLDERS = ["/assets/", "/uploads/", "/images/", "/wp-content/uploads/", "/static/", "/files/"];
var LISTING_PROBE = (path) => ({
  path,
  what: "a directory listing",
  tell: LISTING,
  revealed: (body) => `${(body.match(/<a href=/gi) ?? []).length} entries listed`
});
function leftovers(pagePath) {
  const base = pagePath.endsWith("/") ? `${pagePath}index.php` : pagePath;
  return ["~", ".bak", ".old"].map((suffix) => ({
    path: `${base}${suffix}`,
    what: "an editor backup of a page",
    tell: /<\?php|<%@|^#!\//m,
    revealed: fixed("the page\u2019s source code")
  }));
}

// checks/exposure/index.ts
var Options = external_exports.strictObject({
  origins: external_exports.array(external_exports.url({ protocol: /^https?$/ })).default([]).describe("Origins reached directly, behind the CDN (https://origin.example.fr): what the CDN hides may still be served there."),
  paths: external_exports.array(external_exports.string().regex(/^\//, "a path such as /old-site.zip")).default([]).describe("More paths that must not be served (a 200 of them fails)."),
  maxBytes: external_exports.number().int().min(256).max(65536).default(4096).describe("Bytes read of each answer: enough to recognise a leak, never a download."),
  requestTimeout: RequestTimeout
});
var exposure_default = defineCheck({
  meta: {
    id: "exposure",
    title: "No repository, secret, dump or admin page is served",
    failureTitle: "The site serves a file that gives it away",
    description: "Asks every configured host, and each origin reached directly, for what a broadcast's visibility brings attackers to look for: /.git, /.env, /.svn, .DS_Store, dumps and backups (of the pages too), directory listings, server-status and phpinfo, admin and install pages. Each must answer 404 or 403, or the site's own page without the tell-tale content; a leak names the URL and what it revealed, masked. GET only, a few KB each.",
    options: Options,
    recommended: "error",
    requires: ["network"]
  },
  async run(ctx) {
    const origins = [...new Set([ctx.site.baseUrl, ...ctx.site.hosts, ...ctx.options.origins].map((url) => new URL(url).origin))];
    const probes = probesFor([ctx.site.home, ...ctx.site.pages], ctx.options.paths);
    const asks = origins.flatMap((origin) => probes.map((probe) => ({ origin, probe })));
    const answers = await mapLimit(asks, 6, async ({ origin, probe }) => ({
      origin,
      probe,
      answer: await ctx.http.request(`${origin}${probe.path}`, { maxBytes: ctx.options.maxBytes, timeoutMs: ctx.options.requestTimeout, signal: ctx.signal }).catch((error) => error instanceof NetworkError ? error : Promise.reject(error))
    }));
    const found = findings();
    for (const origin of origins)
      judgeOrigin(
        origin,
        answers.filter((a) => a.origin === origin),
        found
      );
    return found.outcome(`${plural(origins.length, "host")} \xD7 ${plural(probes.length, "path")}: nothing served that gives the site away.`);
  }
});
function probesFor(pages, extra) {
  const paths = [...new Set(pages.map((url) => new URL(url).pathname))];
  const own = extra.map((path) => ({ path, what: "a path the config names", tell: /[\s\S]/, revealed: () => "its content" }));
  return [...PROBES, ...LISTED_FOLDERS.map(LISTING_PROBE), ...paths.flatMap(leftovers), ...own];
}
function judgeOrigin(origin, asked, found) {
  const leaks = asked.filter(({ answer, probe }) => !(answer instanceof NetworkError) && answer.status < 300 && probe.tell.test(answer.body));
  for (const { probe, answer } of leaks)
    found.fail(`${answer.url} serves ${probe.what}: it reveals ${probe.revealed(answer.body)}.`, {
      target: `${origin}${probe.path}`,
      fix: {
        action: `Remove ${probe.path} from what ${origin} serves and deny the path at the server and the CDN (nginx: location ~ /\\.(?!well-known) { deny all; }); change any secret it held: it must be taken as known.`
      }
    });
  const unanswered = asked.filter(({ answer }) => answer instanceof NetworkError);
  if (unanswered.length)
    found.unverified(
      `${origin}: ${plural(unanswered.length, "path")} of ${asked.length} got no answer (${unanswered[0].answer.message}), so what ${unanswered.length === 1 ? "it serves is" : "they serve is"} not proven.`,
      { target: origin }
    );
  const answered = asked.length - unanswered.length;
  if (leaks.length === 0 && answered > 0)
    found.pass(`${origin}: none of ${plural(answered, "path")} gives the site away (404, 403, a redirect or the site's own page).`, { target: origin });
}
export {
  exposure_default as default,
  judgeOrigin,
  probesFor
};
