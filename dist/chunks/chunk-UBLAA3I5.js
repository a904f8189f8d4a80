import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  NetworkError
} from "./chunk-2CFVLJAK.js";

// src/web/page-status.ts
var isSuccess = (status) => status >= 200 && status < 300;
function notThePage(url, status, name = "This page") {
  return { level: "fail", message: `${name} answered ${status}, not 2xx: nothing on it is judged as the site's.`, target: url, data: { status } };
}
async function homeProblem(http, home, signal, timeoutMs) {
  try {
    const response = await http.request(home, { signal, timeoutMs });
    return isSuccess(response.status) ? void 0 : notThePage(home, response.status, "The home page");
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    return { level: "fail", message: `The home page could not be fetched: ${error.message}.`, target: home };
  }
}

export {
  isSuccess,
  notThePage,
  homeProblem
};
