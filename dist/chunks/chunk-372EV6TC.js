import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/browser/read-only.ts
function pageStaysReadOnly(binding) {
  const tell = (what) => void window[binding]?.(what);
  const stopped = (form) => {
    if (form.method.toLowerCase() === "get") return false;
    tell(`POST ${form.action}`);
    return true;
  };
  const submit = HTMLFormElement.prototype.submit;
  HTMLFormElement.prototype.submit = function() {
    if (!stopped(this)) submit.call(this);
  };
  window.addEventListener("submit", (event) => !event.defaultPrevented && stopped(event.target) && event.preventDefault());
  const notSent = (what) => new TypeError(`primetime keeps the page read-only: ${what} was not sent`);
  const refuse = (what) => (tell(what), notSent(what));
  const fetchBefore = window.fetch;
  window.fetch = function(input, init) {
    const request = input instanceof Request ? input : void 0;
    const method = (init?.method ?? request?.method ?? "GET").toUpperCase();
    const url = String(request?.url ?? input);
    if (!["GET", "HEAD"].includes(method) || init?.keepalive || request?.keepalive) return Promise.reject(refuse(`${method} ${url}`));
    return fetchBefore.call(this, input, init);
  };
  if (navigator.sendBeacon) navigator.sendBeacon = (url) => (tell(`POST ${String(url)} (beacon)`), false);
  for (const name of ["WebSocket", "EventSource", "WebTransport", "RTCPeerConnection"]) {
    if (!(name in window)) continue;
    class Closed extends EventTarget {
      readyState = name === "EventSource" ? 2 : 3;
      ready = Promise.reject(notSent(name));
      closed = this.ready;
      constructor(url) {
        super();
        this.ready.catch(() => void 0);
        tell(`${name} ${String(url ?? "")}`.trim());
        setTimeout(() => {
          for (const type of ["error", "close"]) {
            const handler = this[`on${type}`];
            const event = new Event(type);
            handler?.call(this, event);
            this.dispatchEvent(event);
          }
        });
      }
      send() {
      }
      close() {
      }
    }
    Object.defineProperty(window, name, { value: Closed, configurable: true, writable: true });
  }
  if (navigator.serviceWorker) navigator.serviceWorker.register = (url) => Promise.reject(refuse(`service worker ${String(url)}`));
  window.open = (url) => (tell(`popup ${String(url ?? "")}`.trim()), null);
}
var READ_ONLY_MARK = "primetime keeps the page read-only";
function readOnlyScript(binding) {
  return `(() => { const __name = (f) => f; (${pageStaysReadOnly.toString()})(${JSON.stringify(binding)}); })();`;
}
var BLOCKED_POST = "__primetimeBlockedPost";
function isMainFrame(request) {
  try {
    return request.frame() === request.frame().page().mainFrame();
  } catch {
    return true;
  }
}
async function guardReadOnly(context) {
  const state = { navigationAllowed: false, blocked: [] };
  await context.exposeBinding(BLOCKED_POST, (_source, what) => state.blocked.push(what));
  await context.addInitScript(readOnlyScript(BLOCKED_POST));
  await context.route("**/*", (route) => {
    const request = route.request();
    const navigation = request.isNavigationRequest() && isMainFrame(request);
    if (!["GET", "HEAD"].includes(request.method()) || navigation && !state.navigationAllowed) {
      state.blocked.push(`${request.method()} ${request.url()}`);
      return route.abort("blockedbyclient");
    }
    return route.fallback();
  });
  return {
    blocked: state.blocked,
    async navigating(task) {
      state.navigationAllowed = true;
      try {
        return await task();
      } finally {
        state.navigationAllowed = false;
      }
    }
  };
}

export {
  READ_ONLY_MARK,
  readOnlyScript,
  guardReadOnly
};
