/**
 * Keeps a browser context read-only, whatever the site's scripts do: no form is ever submitted, no request other
 * than GET or HEAD ever leaves the browser (a tracking beacon, an API call), and no page navigation happens
 * unless the check asked for it. Every site context is made read-only (newSiteContext): checks read, they never
 * write.
 */

/** The part of Playwright's BrowserContext the guard uses; loose so the core never loads Playwright. */
export interface RoutableContext {
  addInitScript(script: string): Promise<unknown>;
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
 * In every page, before its own scripts: a form submission never starts. Blocking it on the network instead would
 * leave the page for Chromium's error page, and the check with nothing to read.
 */
function formsNeverSubmit() {
  // form.submit() fires no submit event: it becomes a no-op. Every other submission fires one, cancelled on window
  // (after the site's own handlers on the form and the document have run: validation messages still show).
  HTMLFormElement.prototype.submit = function submit() {};
  window.addEventListener('submit', (event) => event.preventDefault());
}

export async function guardReadOnly(context: RoutableContext): Promise<ReadOnlyGuard> {
  const state = { navigationAllowed: false, blocked: [] as string[] };
  // As source, with the no-op __name a name-keeping compiler's output expects (see evaluate.ts).
  await context.addInitScript(`(() => { const __name = (f) => f; (${formsNeverSubmit.toString()})(); })();`);
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
