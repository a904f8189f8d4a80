/**
 * A score from 0 to 1 as an inline SVG half-dial, in Lighthouse's colours (red under 0.5, orange under 0.9, green):
 * the arc up to the median, the spread of the runs as a band on the rim, the threshold as a tick.
 */
import type { Gauge } from '../model.js';
import { escapeHtml } from './escape.js';

const R = 44;
const CX = 60;
const CY = 56;

/** The point of the half-circle at `score` (0 on the left, 1 on the right). */
function at(score: number, radius = R): [number, number] {
  const angle = Math.PI * (1 - Math.min(1, Math.max(0, score)));
  return [CX + radius * Math.cos(angle), CY - radius * Math.sin(angle)];
}

function arc(from: number, to: number, radius = R): string {
  const [x1, y1] = at(from, radius);
  const [x2, y2] = at(to, radius);
  return `M${x1.toFixed(1)} ${y1.toFixed(1)} A${radius} ${radius} 0 0 1 ${x2.toFixed(1)} ${y2.toFixed(1)}`;
}

export const scoreColour = (score: number) => (score >= 0.9 ? '#0c6e2f' : score >= 0.5 ? '#b35900' : '#c62828');

export function renderSvgGauge(gauge: Gauge): string {
  const colour = scoreColour(gauge.value);
  const spread = gauge.min !== undefined && gauge.max !== undefined && gauge.max > gauge.min;
  const tick =
    gauge.threshold === undefined
      ? ''
      : (() => {
          const [x1, y1] = at(gauge.threshold, R - 9);
          const [x2, y2] = at(gauge.threshold, R + 9);
          return `<line class="threshold" x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke-width="2"/>`;
        })();
  const title = `${gauge.label}: ${gauge.value.toFixed(2)}${spread ? ` (runs ${gauge.min!.toFixed(2)} to ${gauge.max!.toFixed(2)})` : ''}${gauge.threshold !== undefined ? `, threshold ${gauge.threshold.toFixed(2)}` : ''}`;
  return `<figure class="gauge"><svg viewBox="0 0 120 70" width="120" height="70" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>
<path class="track" d="${arc(0, 1)}" fill="none" stroke-width="8"/>
<path d="${arc(0, gauge.value)}" fill="none" stroke="${colour}" stroke-width="8"/>
${spread ? `<path class="spread" d="${arc(gauge.min!, gauge.max!, R + 7)}" fill="none" stroke="${colour}" stroke-width="3"/>` : ''}${tick}
<text x="${CX}" y="${CY - 4}" text-anchor="middle" font-size="18" font-weight="700" fill="${colour}">${Math.round(gauge.value * 100)}</text>
</svg><figcaption>${escapeHtml(gauge.label)}${spread ? `<br><small>runs ${Math.round(gauge.min! * 100)}–${Math.round(gauge.max! * 100)}</small>` : ''}</figcaption></figure>`;
}
