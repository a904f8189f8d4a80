import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  probeTls
} from "./chunk-OGAIKWI3.js";
import {
  isLoopback
} from "./chunk-XEFUFWCC.js";
import {
  failOrPass,
  remediationList
} from "./chunk-K64SRHHK.js";
import {
  defineCheck
} from "./chunk-QRFBMZWV.js";
import {
  formatDuration
} from "./chunk-Z3WXVZH6.js";
import {
  NetworkError
} from "./chunk-2CFVLJAK.js";
import {
  external_exports
} from "./chunk-QL2N4FKT.js";
import "./chunk-5VS2FEJU.js";

// checks/tls/index.ts
var DAY = 864e5;
var LEGACY = { minVersion: "TLSv1", ciphers: "DEFAULT@SECLEVEL=0" };
var Options = external_exports.strictObject({
  marginDays: external_exports.number().int().min(0).default(14).describe("The certificate must stay valid this many days past airtime.")
});
var CHAIN_ERRORS = {
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the chain is incomplete: the server does not send the intermediate certificate",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "the chain is incomplete: the server does not send the intermediate certificate",
  UNABLE_TO_GET_ISSUER_CERT: "the chain is incomplete: an issuer certificate is missing",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the certificate is self-signed",
  SELF_SIGNED_CERT_IN_CHAIN: "the chain ends in a root that is not trusted",
  CERT_HAS_EXPIRED: "the certificate has expired",
  CERT_NOT_YET_VALID: "the certificate is not valid yet",
  CERT_REVOKED: "the certificate is revoked"
};
var tls_default = defineCheck({
  meta: {
    id: "tls",
    title: "Certificates are valid past airtime, match their host, and chain to a trusted root over TLS 1.2+",
    failureTitle: "A certificate expires too soon, does not match, or does not verify",
    description: "Opens a TLS connection to every HTTPS host the config names (site, other hosts, error pages) and verifies the chain, the hostname, the protocol and the expiry date against airtime plus a margin.",
    options: Options,
    recommended: "error",
    requires: ["network"]
  },
  async run(ctx) {
    const urls = [
      ctx.site.baseUrl,
      ...ctx.site.hosts,
      ...ctx.site.pages,
      ...Object.values(ctx.site.errorPages).filter((v) => typeof v === "string")
    ];
    const origins = [...new Set(urls.map((u) => new URL(u).origin))];
    const https = origins.filter((origin) => origin.startsWith("https:"));
    const plainRemote = origins.filter((origin) => origin.startsWith("http:") && !isLoopback(origin) && !https.includes(origin.replace("http:", "https:")));
    if (https.length === 0 && plainRemote.length === 0)
      return { status: "skip", summary: "No HTTPS URL in the config (only local http:// addresses): nothing to verify." };
    const now = ctx.clock.now().getTime();
    const judgedAt = ctx.config.event.airtime ? Math.max(now, new Date(ctx.config.event.airtime).getTime()) : now;
    const deadline = judgedAt + ctx.options.marginDays * DAY;
    const evidence = plainRemote.map((origin) => ({ level: "fail", message: `${origin} is served without TLS.`, target: origin }));
    const { items: remediation, add: fix } = remediationList();
    if (plainRemote.length) fix("Serve every public host over HTTPS.");
    await Promise.all(
      https.map(async (origin) => {
        let probe;
        try {
          probe = await probeTls(origin, ctx.network, ctx.signal);
        } catch (error) {
          if (!(error instanceof NetworkError)) throw error;
          const legacy = /protocol version|unsupported protocol/i.test(error.message) ? await probeTls(origin, ctx.network, ctx.signal, LEGACY).catch(() => void 0) : void 0;
          evidence.push({
            level: "fail",
            message: legacy ? `${legacy.host}: the server speaks only ${legacy.protocol}, older than TLS 1.2.` : `No TLS connection: ${error.message}`,
            target: origin
          });
          if (legacy) fix({ action: "Enable TLS 1.2 and 1.3 (nginx: ssl_protocols TLSv1.2 TLSv1.3;)." });
          return;
        }
        const validTo = new Date(probe.certificate.valid_to).getTime();
        const data = {
          subject: probe.certificate.subject?.CN,
          issuer: probe.certificate.issuer?.CN,
          validTo: new Date(validTo).toISOString(),
          daysLeft: Math.floor((validTo - now) / DAY),
          protocol: probe.protocol,
          altNames: probe.certificate.subjectaltname
        };
        const problems = [];
        if (probe.hostnameError) {
          problems.push(`the certificate does not match the host (${probe.hostnameError})`);
          fix({ action: `Issue a certificate whose names cover ${probe.host}.` });
        }
        if (!probe.authorized) {
          const code = probe.authorizationError ?? "unknown";
          problems.push(`${CHAIN_ERRORS[code] ?? "the chain does not verify"} (${code})`);
          fix({
            action: code.includes("ISSUER") || code.includes("LEAF") ? "Serve the full chain: the leaf certificate followed by its intermediate(s) (nginx: ssl_certificate fullchain.pem)." : "Use a certificate from a trusted authority."
          });
        }
        if (validTo < deadline) {
          const when = validTo < now ? `expired ${formatDuration(now - validTo)} ago` : `expires ${new Date(validTo).toISOString().slice(0, 10)}, in ${formatDuration(validTo - now)}`;
          problems.push(`the certificate ${when}: it must stay valid ${ctx.options.marginDays} days past ${ctx.config.event.airtime ? "airtime" : "today"}`);
          fix({
            action: "Renew the certificate now (ACM renews by itself once DNS validation is in place; a manual renewal can take a day).",
            leadTimeMs: DAY
          });
        }
        if (problems.length === 0)
          evidence.push({
            level: "pass",
            message: `${probe.host}: valid until ${data.validTo.slice(0, 10)} (${data.daysLeft} days), ${probe.protocol}, chain verified.`,
            target: origin,
            data
          });
        else for (const problem of problems) evidence.push({ level: "fail", message: `${probe.host}: ${problem}.`, target: origin, data });
      })
    );
    return failOrPass(
      evidence,
      remediation,
      `${https.length} HTTPS host${https.length === 1 ? "" : "s"}: chains verified, names match, valid past airtime + ${ctx.options.marginDays} days.`
    );
  }
});
export {
  tls_default as default
};
