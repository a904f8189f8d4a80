// Makes a fresh clone ready: `npm ci` when node_modules is missing or stale; with --browser (the demo) Chromium;
// with --system (tests) every Debian package the tests drive for real (Chromium, nginx, openssl, wrk, python3 and
// Locust, to run the exported locustfile; Grammalecte, the grammar engine of the spelling check). Packages are installed with apt-get when run as root, and named otherwise.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
const has = (command) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs) {
  console.error('setup: installing npm dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

const SYSTEM = {
  chromium: 'chromium',
  nginx: 'nginx-light',
  openssl: 'openssl',
  wrk: 'wrk',
  python3: 'python3',
  locust: 'python3-locust',
  'grammalecte-cli': 'grammalecte-cli',
};
const wanted = process.argv.includes('--system') ? Object.entries(SYSTEM) : process.argv.includes('--browser') ? [['chromium', 'chromium']] : [];
const hasBrowser = () => Boolean(process.env.CHROME_PATH) || ['chromium', 'google-chrome', 'google-chrome-stable', 'chromium-browser'].some(has);
if (wanted.length > 0) {
  const missing = wanted.filter(([command]) => (command === 'chromium' ? !hasBrowser() : !has(command)));
  if (missing.length > 0) {
    const packages = missing.map(([, pkg]) => pkg);
    if (process.getuid?.() === 0 && has('apt-get')) {
      console.error(`setup: installing ${packages.join(', ')} with apt-get…`);
      run('apt-get', ['update', '-qq']);
      run('apt-get', ['install', '-y', '-qq', ...packages]);
    } else {
      console.error(
        `setup: the tests need ${packages.join(', ')}. Install them (Debian/Ubuntu: sudo apt-get install -y ${packages.join(' ')}); tests that need them will fail until then.`,
      );
    }
  }
}
