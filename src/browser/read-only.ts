/**
 * Keeps a browser context read-only, whatever the site's scripts do: no form ever posts, no request other than
 * GET or HEAD ever leaves the browser (a tracking beacon, an API call), and no page navigation happens unless the
 * check asked for it. Every site context is made read-only (newSiteContext): checks read, they never
 * write.
 */

/** The part of Playwright's BrowserContext the guard uses; loose so the core never loads Playwright. */
export interface RoutableContext {
  addInitScript(script: string): Promise<unknown>;
  exposeBinding(name: string, callback: (source: unknown, url: string) => void): Promise<unknown>;
  route(
    url: string,
    handler: (route: {
      request(): RoutedRequest;
      abort(errorCode?: string): Promise<void>;
      fallback(options?: { headers?: Record<string, string> }): Promise<void>;
    }) => unknown,
  ): Promise<unknown>;
}

export interface RoutedRequest {
  url(): string;
  method(): string;
  headers(): Record<string, string>;
  isNavigationRequest(): boolean;
  frame(): { page(): { mainFrame(): unknown } };
}

export interface ReadOnlyGuard {
  /** What was blocked, as "METHOD url". */
  blocked: string[];
  /** Runs `task` with navigations allowed (page.goto, a scripted click): still never a POST. */
  navigating<T>(task: () => Promise<T>): Promise<T>;
}

/**
 * In every page and frame, before its own scripts, every way a page writes or opens a channel is closed at its
 * source (the network routes cannot see a beacon or a keepalive fetch sent as the page closes, a WebSocket, a
 * service worker's own requests, or a popup's first request):
 * - a form that would post never starts its submission (blocking the POST on the network instead would leave the
 *   page for Chromium's error page, and the check with nothing to read); a GET form (a search, a funnel step the
 *   config clicks through) submits as a navigation, which the route allows only when the check asked for it;
 * - fetch() other than GET or HEAD, and any keepalive fetch, rejects; navigator.sendBeacon() returns false;
 * - WebSocket, EventSource, WebTransport and RTCPeerConnection throw; a service worker never registers;
 * - window.open() opens nothing and returns null.
 * Each is told to `binding` when the page has it (the Playwright guard), to be counted with what the routes block.
 */
export function pageStaysReadOnly(binding: string) {
  const tell = (what: string) => void (window as unknown as Record<string, ((what: string) => void) | undefined>)[binding]?.(what);
  /** True when the form would post: its submission is stopped and counted. */
  const stopped = (form: HTMLFormElement) => {
    if (form.method.toLowerCase() === 'get') return false;
    tell(`POST ${form.action}`);
    return true;
  };
  const submit = HTMLFormElement.prototype.submit;
  // form.submit() fires no submit event: for a posting form it becomes a no-op.
  HTMLFormElement.prototype.submit = function (this: HTMLFormElement) {
    if (!stopped(this)) submit.call(this);
  };
  // Every other submission fires one, cancelled on window: after the site's own handlers on the form and the
  // document have run, so validation messages still show. A submission a handler cancelled itself is not counted.
  window.addEventListener('submit', (event) => !event.defaultPrevented && stopped(event.target as HTMLFormElement) && event.preventDefault());

  const notSent = (what: string) => new TypeError(`primetime keeps the page read-only: ${what} was not sent`);
  const refuse = (what: string) => (tell(what), notSent(what));
  const fetchBefore = window.fetch;
  window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
    const request = input instanceof Request ? input : undefined;
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    const url = String(request?.url ?? input);
    if (!['GET', 'HEAD'].includes(method) || init?.keepalive || request?.keepalive) return Promise.reject(refuse(`${method} ${url}`));
    return fetchBefore.call(this, input, init);
  };
  if (navigator.sendBeacon) navigator.sendBeacon = (url: string | URL) => (tell(`POST ${String(url)} (beacon)`), false);
  // A channel that never opens, as when the network is down: its error and close events fire, and the page goes on.
  for (const name of ['WebSocket', 'EventSource', 'WebTransport', 'RTCPeerConnection']) {
    if (!(name in window)) continue;
    class Closed extends EventTarget {
      readonly readyState = name === 'EventSource' ? 2 : 3;
      readonly ready = Promise.reject(notSent(name));
      readonly closed = this.ready;
      constructor(url?: unknown) {
        super();
        this.ready.catch(() => undefined);
        tell(`${name} ${String(url ?? '')}`.trim());
        setTimeout(() => {
          for (const type of ['error', 'close']) {
            const handler = (this as unknown as Record<string, ((event: Event) => void) | null>)[`on${type}`];
            const event = new Event(type);
            handler?.call(this, event);
            this.dispatchEvent(event);
          }
        });
      }
      send() {}
      close() {}
    }
    Object.defineProperty(window, name, { value: Closed, configurable: true, writable: true });
  }
  if (navigator.serviceWorker) navigator.serviceWorker.register = (url: string | URL) => Promise.reject(refuse(`service worker ${String(url)}`));
  window.open = (url?: string | URL) => (tell(`popup ${String(url ?? '')}`.trim()), null);
}

/** The words of every error the read-only page raises: a check never takes them for the site's own script errors. */
export const READ_ONLY_MARK = 'primetime keeps the page read-only';

/** pageStaysReadOnly as source, with the no-op __name a name-keeping compiler's output expects (see evaluate.ts). */
export function readOnlyScript(binding: string): string {
  return `(() => { const __name = (f) => f; (${pageStaysReadOnly.toString()})(${JSON.stringify(binding)}); })();`;
}

/** The page tells the guard of each write it stopped, so it counts with the requests blocked on the network. */
const BLOCKED_POST = '__primetimeBlockedPost';

/**
 * Whether a navigation is the page's own: a popup's first request has no frame yet (Playwright throws "Frame for
 * this navigation request is not available"), and counts as a navigation of its own, never allowed.
 */
function isMainFrame(request: RoutedRequest): boolean {
  try {
    return request.frame() === request.frame().page().mainFrame();
  } catch {
    return true;
  }
}

export async function guardReadOnly(context: RoutableContext): Promise<ReadOnlyGuard> {
  const state = { navigationAllowed: false, blocked: [] as string[] };
  await context.exposeBinding(BLOCKED_POST, (_source, what) => state.blocked.push(what));
  await context.addInitScript(readOnlyScript(BLOCKED_POST));
  await context.route('**/*', (route) => {
    const request = route.request();
    const navigation = request.isNavigationRequest() && isMainFrame(request);
    if (!['GET', 'HEAD'].includes(request.method()) || (navigation && !state.navigationAllowed)) {
      state.blocked.push(`${request.method()} ${request.url()}`);
      return route.abort('blockedbyclient');
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
    },
  };
}
