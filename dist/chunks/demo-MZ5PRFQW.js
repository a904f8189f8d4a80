import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  packageRoot
} from "./chunk-2C7HXIN7.js";
import {
  parseFormats,
  runAndReport
} from "./chunk-ZSS22P7O.js";
import "./chunk-W22UX2BR.js";
import "./chunk-MLH2JLLA.js";
import {
  resolveConfig
} from "./chunk-X7EZCE7K.js";
import "./chunk-TIJF4MO7.js";
import {
  EXIT,
  UsageError,
  didYouMean,
  parse
} from "./chunk-3I2ZA3OJ.js";
import {
  sharedCacheTtl
} from "./chunk-XBUL77RD.js";
import "./chunk-I3JAVQMW.js";
import "./chunk-7MRULGY6.js";
import "./chunk-567A6W4J.js";
import "./chunk-KI4FYSDS.js";
import "./chunk-IU5S5M3G.js";
import "./chunk-T6ROMMM3.js";
import "./chunk-PQTUXQU5.js";

// src/cli/commands/demo.ts
import { mkdtemp, rm as rm2 } from "node:fs/promises";
import os from "node:os";
import path3 from "node:path";

// src/demo/config.ts
function nextAirtime(now) {
  const year = now.getUTCMonth() > 2 || now.getUTCMonth() === 2 && now.getUTCDate() >= 11 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  return `${year}-03-11T21:00:00+01:00`;
}
function demoConfig(baseUrl, otherHost, now) {
  return {
    event: {
      name: "Capital (M6), demo",
      airtime: nextAirtime(now),
      audience: 23e5,
      reach: "10%",
      arrivalWindow: "3m",
      pagesPerVisit: 3,
      cacheHitRatio: "80%",
      mobileShare: "55%",
      capacity: { requestsPerSecondPerInstance: 150, instanceType: "c5.xlarge" }
    },
    site: {
      baseUrl,
      home: "/",
      pages: ["/offres.html"],
      hosts: [otherHost],
      funnel: [
        { url: "/souscription/etape-1.html", name: "Vos coordonn\xE9es" },
        { url: "/souscription/etape-2.html", name: "Votre logement" },
        { url: "/souscription/etape-3.html", name: "Confirmation" }
      ],
      marker: "\xC9lan \xC9nergie",
      errorPages: {
        serviceUnavailable: "/erreurs/503.html",
        maintenance: "/erreurs/maintenance.html",
        overflow: "/plan-b/",
        forcedError: "/erreurs/force-503"
      }
    },
    checks: {
      "mobile-rendering": [
        "error",
        {
          keyElements: [{ selector: "#souscrire", name: 'The "Souscrire" button', aboveFold: true, pages: ["/"] }],
          pages: ["/", "/offres.html", "/souscription/etape-1.html"]
        }
      ],
      spelling: ["error", { pages: ["/", "/offres.html", "/faq.html", "/mentions-legales.html"] }]
    },
    report: { out: "primetime-report", formats: ["terminal", "json", "html"] }
  };
}

// src/demo/server.ts
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import zlib from "node:zlib";
var TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".woff2": "font/woff2",
  ".json": "application/json"
};
var HTML = TYPES[".html"];
var STOCK_PAGE = (status, reason) => `<html>\r
<head><title>${status} ${reason}</title></head>\r
<body>\r
<center><h1>${status} ${reason}</h1></center>\r
<hr><center>nginx</center>\r
</body>\r
</html>\r
`;
var SECURITY_HEADERS = {
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "content-security-policy": "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin"
};
async function serveSite(root, behaviour, port = 0) {
  let flakyCount = 0;
  const origin = async (pathname) => {
    const answer = (status, body, type, cacheControl) => ({
      status,
      body: Buffer.from(body),
      headers: {
        "content-type": type,
        "cache-control": cacheControl,
        ...behaviour.bareHeaders ? {} : SECURITY_HEADERS,
        ...behaviour.serverHeader ? { server: behaviour.serverHeader } : {},
        ...type === HTML && behaviour.cookie ? { "set-cookie": behaviour.cookie } : {}
      }
    });
    const page = (file2) => readFile(path.join(root, file2));
    const delay = behaviour.delays[pathname];
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    if (pathname === "/erreurs/force-503") {
      return behaviour.forcedError === "custom" ? answer(503, await page("erreurs/503.html"), HTML, "no-store") : answer(503, STOCK_PAGE(503, "Service Temporarily Unavailable"), HTML, "no-store");
    }
    const file = await resolveFile(root, pathname);
    if (file && behaviour.flaky?.includes(pathname) && (flakyCount = (flakyCount + 1) % 2) === 0) {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const html = (await readFile(file, "utf8")).replace("</body>", "<script>const fin = Date.now() + 1500; while (Date.now() < fin) {}</script>\n</body>");
      return answer(200, html, HTML, "no-store");
    }
    if (file) {
      const ext = path.extname(file);
      return answer(
        200,
        await readFile(file),
        TYPES[ext] ?? "application/octet-stream",
        ext === ".html" ? behaviour.htmlCacheControl : "public, max-age=604800, immutable"
      );
    }
    switch (behaviour.notFound) {
      case "custom":
        return answer(404, await page("erreurs/404.html"), HTML, "no-store");
      case "stock":
        return answer(404, STOCK_PAGE(404, "Not Found"), HTML, "no-store");
      case "soft":
        return answer(200, await page("index.html"), HTML, "no-store");
      case "empty":
        return answer(404, "", "text/plain", "no-store");
    }
  };
  const edge = /* @__PURE__ */ new Map();
  const throughEdge = async (pathname, gzip) => {
    if (!behaviour.cdn) return origin(pathname);
    const key = `${gzip}:${pathname}`;
    const cached = edge.get(key);
    const age = cached ? Math.floor((Date.now() - cached.storedAt) / 1e3) : 0;
    if (cached && age < cached.ttl) return { ...cached.answer, headers: { ...cached.answer.headers, "x-cache": "Hit from demo-edge", age: String(age) } };
    const fresh = await origin(pathname);
    const ttl = fresh.status === 200 ? sharedCacheTtl(fresh.headers) : 0;
    if (ttl > 0) edge.set(key, { answer: fresh, storedAt: Date.now(), ttl });
    return { ...fresh, headers: { ...fresh.headers, "x-cache": "Miss from demo-edge" } };
  };
  const handle = async (request) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    const answer = await throughEdge(decodeURIComponent(url.pathname), gzip);
    const compress = gzip && /^(text|application\/json|image\/svg)/.test(answer.headers["content-type"] ?? "") && answer.body.length > 0;
    return compress ? { ...answer, body: zlib.gzipSync(answer.body), headers: { ...answer.headers, "content-encoding": "gzip", vary: "Accept-Encoding" } } : answer;
  };
  const server = createServer((request, response) => {
    handle(request).then(
      (answer) => {
        response.writeHead(answer.status, { ...answer.headers, "content-length": answer.body.length });
        response.end(request.method === "HEAD" ? void 0 : answer.body);
      },
      (error) => {
        response.writeHead(500, { "content-type": "text/plain" });
        response.end(`demo server error: ${error.message}`);
      }
    );
  });
  const apex = createServer((request, response) => {
    response.writeHead(301, { location: new URL(request.url ?? "/", mainUrl).toString(), "content-length": 0 });
    response.end();
  });
  const mainUrl = await listen(server, port);
  const apexUrl = await listen(apex, 0);
  return { url: mainUrl, redirectUrl: apexUrl, close: async () => void await Promise.all([close(server), close(apex)]) };
}
async function listen(server, port) {
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return `http://127.0.0.1:${server.address().port}`;
}
function close(server) {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
async function resolveFile(root, pathname) {
  const target = path.resolve(root, "." + pathname);
  if (!target.startsWith(root)) return void 0;
  for (const candidate of [target, path.join(target, "index.html")]) {
    const info = await stat(candidate).catch(() => void 0);
    if (info?.isFile()) return candidate;
  }
  return void 0;
}

// src/demo/site.ts
import { cp, mkdir, readFile as readFile2, rm, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/demo/variants.ts
var CLEAN = {
  notFound: "custom",
  forcedError: "custom",
  delays: {},
  cdn: true,
  htmlCacheControl: "public, max-age=60, s-maxage=300",
  cookie: "elan_session=demo; Path=/; Secure; HttpOnly; SameSite=Lax"
};
var variant = (description, parts = {}) => ({
  description,
  edits: parts.edits ?? {},
  remove: parts.remove ?? [],
  server: { ...CLEAN, ...parts.server }
});
var insertBefore = (marker, addition) => (html) => html.replace(marker, addition + marker);
var PLANTED_TYPOS = [
  { file: "souscription/etape-1.html", from: "informations ci-dessous", to: "informations \xE7i-dessous", flag: "\xE7i-dessous", kind: "cedilla, the story's typo" },
  { file: "souscription/etape-1.html", from: "Num\xE9ro de t\xE9l\xE9phone", to: "Num\xE9ro de t\xE9l\xE9phonne", flag: "t\xE9l\xE9phonne", kind: "doubled letter, in a label" },
  { file: "souscription/etape-1.html", from: "votre pr\xE9nom.</p>", to: "votre pr\xE9non.</p>", flag: "pr\xE9non", kind: "wrong letter, in a validation message" },
  {
    file: "souscription/etape-1.html",
    from: "<title>Souscription, \xE9tape",
    to: "<title>Souscripton, \xE9tape",
    flag: "Souscripton",
    kind: "missing letter, in the document title"
  },
  {
    file: "souscription/etape-2.html",
    from: "Num\xE9ro de point de livraison",
    to: "Numero de point de livraison",
    flag: "Numero",
    kind: "missing accent, in a label"
  },
  { file: "souscription/etape-2.html", from: "14 chiffres, sur", to: "14 chifres, sur", flag: "chifres", kind: "missing letter, in a placeholder" },
  {
    file: "souscription/etape-2.html",
    from: "<option>\xC9lectricit\xE9 seule",
    to: "<option>\xC9lectrict\xE9 seule",
    flag: "\xC9lectrict\xE9",
    kind: "missing letter, in an option"
  },
  { file: "souscription/etape-2.html", from: 'alt="\xC9lan \xC9nergie"', to: 'alt="\xC9lan \xC9nergei"', flag: "\xC9nergei", kind: "swapped letters, in an image text" },
  { file: "souscription/etape-3.html", from: "Vous recevrez un courriel", to: "Vous re\xE7evrez un courriel", flag: "re\xE7evrez", kind: "cedilla before e" },
  { file: "souscription/etape-3.html", from: ">Continuer<", to: ">Contiuer<", flag: "Contiuer", kind: "missing letter, on a button" },
  {
    file: "index.html",
    from: "en cinq minutes \xE0 une offre",
    to: "en cinq minuttes \xE0 une offre",
    flag: "minuttes",
    kind: "doubled letter, in the meta description"
  },
  { file: "offres.html", from: "<li>Une \xE9lectricit\xE9 d\u2019origine", to: "<li>Une \xE9l\xE9ctricit\xE9 d\u2019origine", flag: "\xE9l\xE9ctricit\xE9", kind: "wrong accent" },
  { file: "faq.html", from: "aucune d\xE9marche", to: "aucune d\xE9mmarche", flag: "d\xE9mmarche", kind: "doubled letter" },
  {
    file: "faq.html",
    from: "Le changement de fournisseur est gratuit, et",
    to: "Le changement de fournissseur est gratuit, et",
    flag: "fournissseur",
    kind: "tripled letter"
  },
  { file: "faq.html", from: "Le pr\xE9l\xE8vement est le plus simple", to: "Le pr\xE9l\xE9vement est le plus simple", flag: "pr\xE9l\xE9vement", kind: "wrong accent" },
  { file: "faq.html", from: "augmente dans le m\xE9lange", to: "augmente dans le le m\xE9lange", flag: "le le", kind: "repeated word" },
  { file: "faq.html", from: "Il est accessible depuis", to: "Il est accesible depuis", flag: "accesible", kind: "missing letter" },
  {
    file: "mentions-legales.html",
    from: "fourniture d\u2019\xE9lectricit\xE9 et de gaz",
    to: "fourniture d\u2019\xE9lectricit\xE9e et de gaz",
    flag: "\xE9lectricit\xE9e",
    kind: "agreement the dictionary can see"
  }
];
function editsFrom(typos) {
  const files = [...new Set(typos.map((t) => t.file))];
  return Object.fromEntries(
    files.map((file) => [
      file,
      (html) => typos.filter((t) => t.file === file).reduce((text, typo) => {
        if (!text.includes(typo.from)) throw new Error(`planted typo: "${typo.from}" is not in ${file} any more`);
        return text.replace(typo.from, typo.to);
      }, html)
    ])
  );
}
var VARIANTS = {
  clean: variant("The clean site: every check passes."),
  typo: variant(`The story's typo: "\xE7i-dessous" on the first subscription step.`, { edits: editsFrom(PLANTED_TYPOS.slice(0, 1)) }),
  typos: variant(`${PLANTED_TYPOS.length} planted typos of many kinds, in text, labels, placeholders, options, buttons, titles and validation messages.`, {
    edits: editsFrom(PLANTED_TYPOS)
  }),
  "stock-503": variant("A real 503 shows the web server's bare stock page.", { server: { forcedError: "stock" } }),
  "stock-404": variant("Unknown paths get the web server's stock 404 page.", { server: { notFound: "stock" } }),
  "soft-404": variant("Unknown paths answer 200 with the home page.", { server: { notFound: "soft" } }),
  "empty-404": variant("Unknown paths answer 404 with an empty body.", { server: { notFound: "empty" } }),
  "planb-missing-css": variant("The plan-B page's stylesheet is missing.", { remove: ["assets/secours.css"] }),
  "no-cdn": variant("No CDN in front: nothing is ever served from a cache.", { server: { cdn: false } }),
  "uncacheable-home": variant("The home page is marked private, no-store: every visitor reaches the origin.", {
    server: { htmlCacheControl: "private, no-store" }
  }),
  "weak-headers": variant("No security headers, the server version disclosed, a cookie without flags.", {
    server: { bareHeaders: true, serverHeader: "nginx/1.22.1", cookie: "elan_session=demo; Path=/" }
  }),
  flaky: variant("The home page is slow on every other request: Lighthouse runs disagree.", { server: { cdn: false, flaky: ["/"] } }),
  overflow: variant("A 1,200 px table makes the home page scroll sideways on phones (not on tablets and laptops).", {
    // The wrapper scrolls on its own from 700 px up: the media query was written the wrong way round.
    edits: {
      "index.html": (html) => insertBefore(
        "</head>",
        "<style>@media (min-width: 700px) { .tarifs { overflow-x: auto; } }</style>\n"
      )(
        insertBefore(
          "</main>",
          '<div class="tarifs"><table style="width:1200px"><tr><td>Tarifs d\xE9taill\xE9s par option et par puissance souscrite</td></tr></table></div>\n'
        )(html)
      )
    }
  }),
  "no-viewport": variant("The home page has no meta viewport.", {
    edits: { "index.html": (html) => html.replace(/<meta name="viewport"[^>]*>\n/, "") }
  }),
  "hidden-cta": variant('The "Souscrire" call to action is hidden below 400 px.', {
    edits: { "index.html": insertBefore("</head>", "<style>@media (max-width: 400px) { #souscrire { display: none; } }</style>\n") }
  }),
  "console-error": variant("The home page throws a script error.", {
    edits: { "index.html": insertBefore("</body>", "<script>window.elanTarifs.charger();</script>\n") }
  }),
  "broken-image": variant("The home page shows an image that does not exist.", {
    edits: { "index.html": insertBefore("</main>", '<img src="/assets/eolienne.jpg" alt="Une \xE9olienne" width="320" height="200">\n') }
  }),
  slow: variant("The home page is slow and heavy.", {
    edits: {
      "index.html": insertBefore("</body>", "<script>const fin = Date.now() + 1500; while (Date.now() < fin) {}</script>\n")
    },
    server: { delays: { "/": 1500, "/index.html": 1500 } }
  })
};
var VARIANT_NAMES = Object.keys(VARIANTS);

// src/demo/site.ts
var CLEAN_SITE = () => path2.join(packageRoot(), "demo", "site");
async function materializeSite(name, dir) {
  const variant2 = VARIANTS[name];
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(CLEAN_SITE(), dir, { recursive: true });
  for (const [file, edit] of Object.entries(variant2.edits)) {
    const target = path2.join(dir, file);
    const before = await readFile2(target, "utf8").catch(() => "");
    const after = edit(before);
    if (after === before) throw new Error(`variant ${name}: the edit of ${file} changed nothing (the clean site moved on?)`);
    await writeFile(target, after);
  }
  for (const file of variant2.remove) await rm(path2.join(dir, file));
  return variant2;
}

// src/cli/commands/demo.ts
async function demoCommand(argv, io) {
  const { values } = parse(argv, {
    variant: { type: "string" },
    out: { type: "string", short: "o" },
    format: { type: "string" },
    "list-variants": { type: "boolean" }
  });
  if (values["list-variants"]) {
    for (const name of VARIANT_NAMES) io.stdout.write(`  ${name.padEnd(18)} ${VARIANTS[name].description}
`);
    return EXIT.go;
  }
  const variant2 = values.variant ?? "clean";
  if (!VARIANT_NAMES.includes(variant2))
    throw new UsageError(`unknown variant "${variant2}".${didYouMean(variant2, VARIANT_NAMES)} Variants: ${VARIANT_NAMES.join(", ")}.`);
  const dir = await mkdtemp(path3.join(os.tmpdir(), "primetime-demo-"));
  const behaviour = await materializeSite(variant2, dir);
  const site = await serveSite(dir, behaviour.server);
  try {
    io.stderr.write(`Demo site (${variant2}: ${VARIANTS[variant2].description}) at ${site.url}
`);
    const loaded = await resolveConfig(demoConfig(site.url, site.redirectUrl, /* @__PURE__ */ new Date()), { file: "(built-in demo config)", env: {} });
    const skippedByConfig = loaded.checks.filter((c) => c.severity === "off").map((c) => c.check.meta.id);
    if (skippedByConfig.length > 0) io.stderr.write(`Off in the demo config: ${skippedByConfig.join(", ")}
`);
    return (await runAndReport({
      loaded,
      io,
      outDir: values.out ?? loaded.config.report.out,
      formats: parseFormats(values.format, loaded.config.report.formats),
      verbose: values.verbose
    })).exitCode;
  } finally {
    await site.close();
    await rm2(dir, { recursive: true, force: true });
  }
}
export {
  demoCommand
};
