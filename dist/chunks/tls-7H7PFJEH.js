import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  isLoopback
} from "./chunk-XEFUFWCC.js";
import {
  probeTls
} from "./chunk-PSNEM3YN.js";
import {
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
import {
  formatDuration
} from "./chunk-Z3WXVZH6.js";
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
    const { https, plainRemote } = originsOf(ctx.site);
    if (https.length === 0 && plainRemote.length === 0)
      return { status: "skip", summary: "No HTTPS URL in the config (only local http:// addresses): nothing to verify." };
    const found = findings();
    for (const origin of plainRemote) found.fail(`${origin} is served without TLS.`, { target: origin, fix: "Serve every public host over HTTPS." });
    const handshakes = await Promise.all(https.map((origin) => handshake(origin, ctx.network, ctx.signal)));
    const when = { now: ctx.clock.now(), airtime: ctx.event.airtime, marginDays: ctx.options.marginDays };
    for (const result of handshakes) judge(result, when, found);
    return found.outcome(`${plural(https.length, "HTTPS host")}: chains verified, names match, valid past airtime + ${ctx.options.marginDays} days.`);
  }
});
function originsOf(site) {
  const urls = [site.baseUrl, ...site.hosts, ...site.pages, ...Object.values(site.errorPages).filter((v) => typeof v === "string")];
  const origins = [...new Set(urls.map((u) => new URL(u).origin))];
  const https = origins.filter((origin) => origin.startsWith("https:"));
  const plainRemote = origins.filter((origin) => origin.startsWith("http:") && !isLoopback(origin) && !https.includes(origin.replace("http:", "https:")));
  return { https, plainRemote };
}
async function handshake(origin, network, signal) {
  try {
    return { origin, probe: await probeTls(origin, network, signal) };
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    const legacy = /protocol version|unsupported protocol/i.test(error.message) ? await probeTls(origin, network, signal, LEGACY).catch(() => void 0) : void 0;
    return { origin, error: error.message, ...legacy && { legacyProtocol: legacy.protocol ?? "an unknown protocol", host: legacy.host } };
  }
}
function judge(result, when, found) {
  const { origin } = result;
  if (!("probe" in result))
    return result.legacyProtocol ? found.fail(`${result.host}: the server speaks only ${result.legacyProtocol}, older than TLS 1.2.`, {
      target: origin,
      fix: "Enable TLS 1.2 and 1.3 (nginx: ssl_protocols TLSv1.2 TLSv1.3;)."
    }) : found.fail(`No TLS connection: ${result.error}`, { target: origin });
  const { probe } = result;
  const now = when.now.getTime();
  const deadline = Math.max(now, when.airtime?.getTime() ?? now) + when.marginDays * DAY;
  const validTo = new Date(probe.certificate.valid_to).getTime();
  const data = {
    subject: probe.certificate.subject?.CN,
    issuer: probe.certificate.issuer?.CN,
    validTo: new Date(validTo).toISOString(),
    daysLeft: Math.floor((validTo - now) / DAY),
    protocol: probe.protocol,
    altNames: probe.certificate.subjectaltname
  };
  let problems = 0;
  const problem = (message, fix) => {
    problems += 1;
    found.fail(`${probe.host}: ${message}.`, { target: origin, data, fix });
  };
  if (probe.hostnameError) problem(`the certificate does not match the host (${probe.hostnameError})`, `Issue a certificate whose names cover ${probe.host}.`);
  if (!probe.authorized) {
    const code = probe.authorizationError ?? "unknown";
    problem(
      `${CHAIN_ERRORS[code] ?? "the chain does not verify"} (${code})`,
      code.includes("ISSUER") || code.includes("LEAF") ? "Serve the full chain: the leaf certificate followed by its intermediate(s) (nginx: ssl_certificate fullchain.pem)." : "Use a certificate from a trusted authority."
    );
  }
  if (validTo < deadline) {
    const expiry = validTo < now ? `expired ${formatDuration(now - validTo)} ago` : `expires ${new Date(validTo).toISOString().slice(0, 10)}, in ${formatDuration(validTo - now)}`;
    problem(`the certificate ${expiry}: it must stay valid ${when.marginDays} days past ${when.airtime ? "airtime" : "today"}`, {
      action: "Renew the certificate now (ACM renews by itself once DNS validation is in place; a manual renewal can take a day).",
      leadTimeMs: DAY
    });
  }
  if (problems === 0)
    found.pass(`${probe.host}: valid until ${data.validTo.slice(0, 10)} (${data.daysLeft} days), ${probe.protocol}, chain verified.`, { target: origin, data });
}
export {
  tls_default as default,
  judge
};
