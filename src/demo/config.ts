/** The demo's config: the story's numbers (2.3 M viewers, 10 %, 3 minutes) against the demo site. */
import type { ConfigInput } from '../config/schema.js';
import { DEMO_AWS_CHECKS } from './aws-demo.js';

/** The next 11 March at 21:00 Paris time (the show's date in the story), so T-minus is meaningful. */
export function nextAirtime(now: Date): string {
  const year = now.getUTCMonth() > 2 || (now.getUTCMonth() === 2 && now.getUTCDate() >= 11) ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  return `${year}-03-11T21:00:00+01:00`;
}

export function demoConfig(baseUrl: string, otherHost: string, now: Date): ConfigInput {
  return {
    event: {
      name: 'Capital (M6), demo',
      airtime: nextAirtime(now),
      audience: 2_300_000,
      reach: '10%',
      arrivalWindow: '3m',
      pagesPerVisit: 3,
      cacheHitRatio: '80%',
      mobileShare: '55%',
      capacity: { requestsPerSecondPerInstance: 150, instanceType: 'c5.xlarge' },
      // With peak mode on, the heavy pages go light: the origin serves this share of its requests.
      peakModeShare: '60%',
      backend: { conversion: '2%', writesPerVisit: 1, writesPerConversion: 6, readsPerVisit: 10, poolPerInstance: 20, deploySurge: 2 },
    },
    site: {
      baseUrl,
      home: '/',
      pages: ['/offres.html'],
      hosts: [otherHost],
      funnel: [
        { url: '/souscription/etape-1.html', name: 'Vos coordonnées' },
        { url: '/souscription/etape-2.html', name: 'Votre logement' },
        { url: '/souscription/etape-3.html', name: 'Confirmation' },
      ],
      marker: 'Élan Énergie',
      errorPages: {
        serviceUnavailable: '/erreurs/503.html',
        maintenance: '/erreurs/maintenance.html',
        overflow: '/plan-b/',
        forcedError: '/erreurs/force-503',
      },
    },
    checks: {
      ...DEMO_AWS_CHECKS,
      'mobile-rendering': [
        'error',
        {
          keyElements: [{ selector: '#souscrire', name: 'The "Souscrire" button', aboveFold: true, pages: ['/'] }],
          pages: ['/', '/offres.html', '/souscription/etape-1.html'],
        },
      ],
      spelling: ['error', { pages: ['/', '/offres.html', '/faq.html', '/mentions-legales.html'] }],
      'peak-mode': ['error', { switch: { header: 'X-Peak-Mode', value: 'on' }, heavyPages: ['/offres.html'], lightMarker: 'Version allégée' }],
      load: 'error',
    },
    load: demoLoad(baseUrl),
    report: { out: 'primetime-report', formats: ['terminal', 'json', 'html'] },
    warRoom: DEMO_WAR_ROOM,
  };
}

/** Who the demo's watch says to call (made-up numbers). */
const DEMO_WAR_ROOM: ConfigInput['warRoom'] = {
  bridge: 'https://meet.example.fr/capital-demo',
  contacts: [
    { name: 'Camille', role: 'incident lead', reach: '+33 6 00 00 00 01' },
    { name: 'Yanis', role: 'ops on call', reach: '@yanis', for: ['figures'] },
    { name: 'Inès', role: 'database', reach: '+33 6 00 00 00 02', for: ['elan-db'] },
  ],
};

/**
 * Half the plan's 767 origin req/s (80 % of the story's requests served by the CDN), for 15 s: long enough to
 * show the ramp, the hold and the verdict, short enough for a demo. Half, because the demo site is served by the
 * same process as the shot: on a slow 2-core laptop the full rate made the generator lag (an honest
 * "could not verify", but a demo of the machine, not of the tool).
 */
function demoLoad(baseUrl: string): ConfigInput['load'] {
  return {
    allowHosts: [new URL(baseUrl).host],
    target: '50%',
    requests: [
      { url: '/', weight: 6 },
      { url: '/offres.html', weight: 3 },
      { url: '/souscription/etape-1.html', weight: 1 },
    ],
    caps: { maxDuration: '15s' },
  };
}
