/**
 * What a site must not serve, and what proves it does: each probe is a path and the tell-tale content of a real
 * leak. A 200 without the tell (a soft 404: the home page for any path) proves nothing leaked. Each probe also
 * says what it revealed, in words that quote no secret.
 */
export interface Probe {
  path: string;
  /** What it is, in a finding: "the Git repository's HEAD". */
  what: string;
  tell: RegExp;
  /** What the body gave away, masked: key names, never values. */
  revealed: (body: string) => string;
}

const ENV_LINE = /^\s*(?:export\s+)?([A-Z][A-Z0-9_]{1,63})\s*=/gm;
/** The same without the g flag: a tell is tested, and a global regex would carry its lastIndex from one body to the next. */
const ENV_TELL = new RegExp(ENV_LINE.source, 'm');
const SQL_DUMP = /(?:^-- (?:MySQL|MariaDB) dump|^-- PostgreSQL database dump|\bCREATE TABLE\b|\bINSERT INTO\b)/im;
const ZIP = /^PK\u0003\u0004/;
const LISTING = /<title>\s*Index of \/|<h1>\s*Index of \/|<title>\s*Directory listing for \//i;

const keyNames = (body: string) => {
  const keys = [...new Set([...body.matchAll(ENV_LINE)].map((m) => m[1]!))];
  return `${keys.length} settings (${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', …' : ''}), values masked`;
};
const fixed = (text: string) => () => text;

/** The probes every host gets. */
export const PROBES: Probe[] = [
  {
    path: '/.git/HEAD',
    what: "the Git repository's HEAD",
    tell: /^(ref: refs\/|[0-9a-f]{40}\s*$)/,
    revealed: fixed('the repository, and with it the source and its history'),
  },
  {
    path: '/.git/config',
    what: "the Git repository's config",
    tell: /^\s*\[core\]/m,
    revealed: fixed('the repository config (remote URLs, sometimes with a token)'),
  },
  { path: '/.env', what: 'an environment file', tell: ENV_TELL, revealed: keyNames },
  { path: '/.env.production', what: 'an environment file', tell: ENV_TELL, revealed: keyNames },
  {
    path: '/.svn/entries',
    what: "the Subversion working copy's entries",
    tell: /^(?:8|9|10|11|12)\s*$|^dir\s*$/m,
    revealed: fixed('the working copy, and with it the source'),
  },
  { path: '/.DS_Store', what: 'a macOS folder index', tell: /^\u0000\u0000\u0000\u0001Bud1/, revealed: fixed("the names of the folder's files") },
  {
    path: '/server-status',
    what: "Apache's server status",
    tell: /Apache Server Status|Server uptime:/i,
    revealed: fixed('live requests, client addresses and URLs'),
  },
  { path: '/nginx_status', what: "nginx's stub status", tell: /^Active connections:\s*\d+/m, revealed: fixed("the server's live connection counts") },
  {
    path: '/phpinfo.php',
    what: 'a phpinfo() page',
    tell: /phpinfo\(\)|<title>PHP \d[^<]*phpinfo|PHP Version \d/i,
    revealed: fixed('the PHP configuration and environment variables'),
  },
  { path: '/info.php', what: 'a phpinfo() page', tell: /phpinfo\(\)|PHP Version \d/i, revealed: fixed('the PHP configuration and environment variables') },
  { path: '/backup.zip', what: 'a backup archive', tell: ZIP, revealed: fixed('a zip archive') },
  { path: '/site.zip', what: 'a backup archive', tell: ZIP, revealed: fixed('a zip archive') },
  { path: '/backup.sql', what: 'a database dump', tell: SQL_DUMP, revealed: fixed('an SQL dump: tables, and their rows') },
  { path: '/dump.sql', what: 'a database dump', tell: SQL_DUMP, revealed: fixed('an SQL dump: tables, and their rows') },
  { path: '/db.sql', what: 'a database dump', tell: SQL_DUMP, revealed: fixed('an SQL dump: tables, and their rows') },
  {
    path: '/wp-config.php.bak',
    what: "WordPress's config backup",
    tell: /DB_PASSWORD|define\(\s*'DB_/,
    revealed: fixed("the database's name, user and password (masked here)"),
  },
  {
    path: '/wp-config.php~',
    what: "WordPress's config backup",
    tell: /DB_PASSWORD|define\(\s*'DB_/,
    revealed: fixed("the database's name, user and password (masked here)"),
  },
  { path: '/phpmyadmin/', what: 'phpMyAdmin', tell: /phpMyAdmin/, revealed: fixed('a database admin login, open to the world') },
  { path: '/adminer.php', what: 'Adminer', tell: /Adminer/, revealed: fixed('a database admin login, open to the world') },
  { path: '/manager/html', what: "Tomcat's manager", tell: /Tomcat Web Application Manager/, revealed: fixed('the application server manager') },
  {
    path: '/wp-admin/install.php',
    what: "WordPress's installer",
    tell: /wp-install|WordPress &rsaquo; Installation|Already Installed/i,
    revealed: fixed('an installer anyone could run'),
  },
];

/** Folders that often list their files when the server's autoindex is on. */
export const LISTED_FOLDERS = ['/assets/', '/uploads/', '/images/', '/wp-content/uploads/', '/static/', '/files/'];

export const LISTING_PROBE = (path: string): Probe => ({
  path,
  what: 'a directory listing',
  tell: LISTING,
  revealed: (body) => `${(body.match(/<a href=/gi) ?? []).length} entries listed`,
});

/** A page's editor leftovers: page.php~, page.bak, page.old (a 200 of source code, or of anything but HTML). */
export function leftovers(pagePath: string): Probe[] {
  const base = pagePath.endsWith('/') ? `${pagePath}index.php` : pagePath;
  return ['~', '.bak', '.old'].map((suffix) => ({
    path: `${base}${suffix}`,
    what: 'an editor backup of a page',
    tell: /<\?php|<%@|^#!\//m,
    revealed: fixed('the page’s source code'),
  }));
}
