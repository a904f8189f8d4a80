/**
 * The run's first step, before any check: whatever checks are selected, a site whose home page is not its own page
 * (not 2xx, empty, not HTML, without site.marker) is not ready, and nothing the checks read can be taken for the
 * site. Reported as a blocker of its own, `home-page`.
 */
import type { Check } from '../check/index.js';
import { finish } from '../report/assemble.js';
import type { CheckReport } from '../report/model.js';
import { homeProblem } from '../web/page-status.js';
import type { RunServices } from './services.js';

export async function homeStep(checks: Check[], services: RunServices, signal: AbortSignal): Promise<CheckReport | undefined> {
  const touchesSite = checks.some((check) => check.meta.requires.some((r) => r === 'network' || r === 'browser'));
  if (!touchesSite) return undefined;
  const { http, site, network } = services.shared;
  const problem = await homeProblem(http, site.home, signal, network.timeoutMs, site.marker);
  if (!problem) return undefined;
  return finish(
    { id: 'home-page', description: HOME_DESCRIPTION, severity: 'error' },
    { title: 'The home page answers', failureTitle: "The home page is not the site's page" },
    {
      status: 'fail',
      summary: problem.message,
      evidence: [problem],
      remediation: [
        {
          action:
            "Make the home page answer 200 with the site's page (check the deploy, the origin and the CDN) before anything else: the other checks judge what it serves.",
        },
      ],
    },
    0,
    undefined,
  );
}

const HOME_DESCRIPTION =
  "Fetches the home page before the checks: it must answer 2xx with the site's own HTML page (not empty, carrying site.marker when set), or nothing the checks read can be taken for the site.";
