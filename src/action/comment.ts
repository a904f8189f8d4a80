/** One sticky PR comment, found by a hidden marker and updated in place on every run. */

export const COMMENT_MARKER = '<!-- primetime:report -->';
/** GitHub refuses comments over 65,536 characters; stay well below. */
export const COMMENT_LIMIT = 60_000;

export interface CommentTarget {
  apiUrl: string;
  repository: string;
  issueNumber: number;
  token: string;
}

async function github(target: CommentTarget, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${target.apiUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${target.token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'content-type': 'application/json',
      'user-agent': 'primetime',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    const hint = response.status === 403 || response.status === 404 ? ' (give the workflow "permissions: pull-requests: write")' : '';
    throw new Error(`GitHub API ${method} ${path} answered ${response.status}${hint}: ${(await response.text()).slice(0, 200)}`);
  }
  return response.status === 204 ? undefined : response.json();
}

/** Creates the comment, or updates the one an earlier run left. Returns what it did. */
export async function upsertComment(target: CommentTarget, markdown: string): Promise<{ action: 'created' | 'updated'; id: number }> {
  const body = `${COMMENT_MARKER}\n${markdown}`;
  const base = `/repos/${target.repository}/issues`;
  for (let page = 1; ; page++) {
    const comments = (await github(target, 'GET', `${base}/${target.issueNumber}/comments?per_page=100&page=${page}`)) as { id: number; body?: string }[];
    const mine = comments.find((c) => c.body?.startsWith(COMMENT_MARKER));
    if (mine) {
      await github(target, 'PATCH', `${base}/comments/${mine.id}`, { body });
      return { action: 'updated', id: mine.id };
    }
    if (comments.length < 100) break;
  }
  const created = (await github(target, 'POST', `${base}/${target.issueNumber}/comments`, { body })) as { id: number };
  return { action: 'created', id: created.id };
}
