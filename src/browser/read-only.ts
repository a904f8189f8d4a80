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
      request(): {
        url(): string;
        method(): string;
        headers(): Record<string, string>;
        isNavigationRequest(): boolean;
        frame(): { page(): { mainFrame(): unknown } };
      };
      abort(errorCode?: string): Promise<void>;
      fallback(options?: { headers?: Record<string, string> }): Promise<void>;
    }) => unknown,
  ): Promise<unknown>;
}

export interface ReadOnlyGuard {
  /** What was blocked, as "METHOD url". */
  blocked: string[];
  /** Runs `task` with navigations allowed (page.goto, a scripted click): still never a POST. */
  navigating<T>(task: () => Promise<T>): Promise<T>;
}

/**
 * In every page, before its own scripts: a form that would post never starts its submission. Blocking the POST on
 * the network instead would leave the page for Chromium's error page, and the check with nothing to read. A GET
 * form (a search, a funnel step the config clicks through) submits as a navigation, which the route below allows
 * only when the check asked for it.
 */
function formsNeverPost(binding: string) {
  const blocked = (window as unknown as Record<string, (url: string) => void>)[binding];
  /** True when the form would post: its submission is stopped and counted. */
  const stopped = (form: HTMLFormElement) => {
    if (form.method.toLowerCase() === 'get') return false;
    void blocked?.(form.action);
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
}

/** The page tells the guard of each post it stopped, so it counts with the requests blocked on the network. */
const BLOCKED_POST = '__primetimeBlockedPost';

export async function guardReadOnly(context: RoutableContext): Promise<ReadOnlyGuard> {
  const state = { navigationAllowed: false, blocked: [] as string[] };
  await context.exposeBinding(BLOCKED_POST, (_source, url) => state.blocked.push(`POST ${url}`));
  // As source, with the no-op __name a name-keeping compiler's output expects (see evaluate.ts).
  await context.addInitScript(`(() => { const __name = (f) => f; (${formsNeverPost.toString()})(${JSON.stringify(BLOCKED_POST)}); })();`);
  await context.route('**/*', (route) => {
    const request = route.request();
    const navigation = request.isNavigationRequest() && request.frame() === request.frame().page().mainFrame();
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
