import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  formatDuration
} from "./chunk-Z3WXVZH6.js";

// src/browser/evaluate.ts
function evaluateInPage(page, fn, arg, helpers = {}) {
  const declarations = Object.entries(helpers).map(([name, helper]) => `const ${name} = ${helper.toString()};`).join("\n");
  const source = `(arg) => { const __name = (f) => f; ${declarations}
return (${fn.toString()})(arg); }`;
  return page.evaluate(`(${source})(${JSON.stringify(arg ?? null)})`);
}

// src/browser/in-page.ts
function selectorOf(element) {
  const parts = [];
  for (let el = element; el && el !== document.documentElement && parts.length < 4; el = el.parentElement) {
    if (el.id) {
      parts.unshift(`#${CSS.escape(el.id)}`);
      break;
    }
    const tag = el.tagName;
    const siblings = el.parentElement ? [...el.parentElement.children].filter((c) => c.tagName === tag) : [];
    parts.unshift(siblings.length > 1 ? `${tag.toLowerCase()}:nth-of-type(${siblings.indexOf(el) + 1})` : tag.toLowerCase());
  }
  return parts.join(" > ");
}
function isVisible(element) {
  return element.checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true }) ?? true;
}

// src/browser/problems.ts
var NETWORK = {
  NAME_NOT_RESOLVED: "its host name does not resolve (DNS)",
  CONNECTION_REFUSED: "the server refused the connection",
  CONNECTION_RESET: "the server reset the connection",
  CONNECTION_CLOSED: "the server closed the connection without an answer",
  EMPTY_RESPONSE: "the server closed the connection without an answer",
  CONNECTION_TIMED_OUT: "the connection timed out",
  TIMED_OUT: "the connection timed out",
  ADDRESS_UNREACHABLE: "its address cannot be reached",
  SSL_PROTOCOL_ERROR: "the TLS handshake failed",
  CERT_AUTHORITY_INVALID: "its certificate is not signed by a trusted authority (add the CA to network.ca)",
  CERT_COMMON_NAME_INVALID: "its certificate does not name this host",
  CERT_DATE_INVALID: "its certificate has expired or is not yet valid",
  TOO_MANY_REDIRECTS: "it redirects in a loop",
  BLOCKED_BY_CLIENT: "primetime blocked it (a check only reads)"
};
function browserProblem(error) {
  const message = error?.message ?? String(error);
  const firstLine = message.split("\n")[0].replace(/^[\w.]+: /, "");
  const timeout = /Timeout (\d+)ms exceeded/.exec(firstLine);
  if (timeout) {
    const within = formatDuration(Number(timeout[1]));
    const selector = /waiting for locator\((['"])(.+?)\1\)/.exec(message)?.[2];
    if (/^page\.goto|navigating to/.test(message)) return `did not finish loading within ${within}`;
    if (selector) return `${selector} did not appear within ${within}`;
    return `took longer than ${within}`;
  }
  const code = /net::ERR_([A-Z_]+)/.exec(message)?.[1];
  if (code) return `could not be loaded: ${NETWORK[code] ?? `Chromium's error ERR_${code}`}`;
  if (/has been closed|Target closed/.test(message)) return "could not be read: the browser closed (the run was stopped, or Chromium crashed)";
  return firstLine;
}

export {
  evaluateInPage,
  selectorOf,
  isVisible,
  browserProblem
};
