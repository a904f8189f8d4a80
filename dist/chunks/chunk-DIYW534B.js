import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  hasMarker,
  parseHtml
} from "./chunk-QQOOINLC.js";
import {
  NetworkError
} from "./chunk-DWOR55PJ.js";

// src/web/page-status.ts
var isSuccess = (status) => status >= 200 && status < 300;
function notThePage(url, status, name = "This page") {
  return { level: "fail", message: `${name} answered ${status}, not 2xx: nothing on it is judged as the site's.`, target: url, data: { status } };
}
async function homeProblem(http, home, signal, timeoutMs, marker) {
  try {
    const response = await http.request(home, { signal, timeoutMs });
    return isSuccess(response.status) ? notTheSitesPage(response, marker) : notThePage(home, response.status, "The home page");
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    return { level: "fail", message: `The home page could not be fetched: ${error.message}.`, target: home };
  }
}
function notTheSitesPage({ url, status, headers, body }, marker) {
  const type = headers["content-type"]?.split(";")[0]?.trim() || "no content type";
  const text = body.trim();
  const answered = `The home page answered ${status}`;
  const fail = (message) => ({ level: "fail", message, target: url, data: { status, contentType: type } });
  if (!text) return fail(`${answered} with an empty body: there is no page to show a visitor.`);
  if (!/html/i.test(type) || !/<[a-z!]/i.test(text)) return fail(`${answered} with ${type}, not an HTML page: \xAB${preview(text)}\xBB.`);
  if (marker && !hasMarker(parseHtml(text), marker)) return fail(`${answered} with a page without the site's marker "${marker}": \xAB${preview(text)}\xBB.`);
  return void 0;
}
var preview = (text) => {
  const line = text.replace(/\s+/g, " ");
  return line.length > 80 ? `${line.slice(0, 80)}\u2026` : line;
};

export {
  isSuccess,
  notThePage,
  homeProblem
};
