/** The run of show for people: a terminal timeline, Markdown (a job summary, a wiki page) and iCalendar (RFC 5545). */
import { createHash } from 'node:crypto';
import { dateTime } from '../report/time.js';
import { formatDuration } from '../util/duration.js';
import type { WarRoomConfig } from '../config/schema.js';
import type { StepState, TimedStep } from './runbook.js';
import { warRoomLines } from './war-room.js';

const MARK: Record<StepState, string> = { done: '✓', late: '✗', due: '·', skipped: '-', manual: '○' };

function relative(when: Date, now: Date): string {
  const ms = when.getTime() - now.getTime();
  return Math.abs(ms) < 60_000 ? 'now' : ms > 0 ? `in ${formatDuration(ms)}` : `${formatDuration(-ms)} ago`;
}

const proof = (step: TimedStep) => (step.check ? `check ${step.check}` : step.command ? `\`${step.command}\`` : 'by hand');

/** Times in the event's zone (the offset its airtime is written with), named, as the watch shows them. */
export function renderRunbookText(steps: TimedStep[], now: Date, airtime?: string): string {
  const width = Math.max(...steps.map((s) => s.at.length));
  return steps
    .map(
      (s) =>
        `  ${MARK[s.state]} ${s.at.padEnd(width)}  ${dateTime(s.when.toISOString(), airtime)}  ${relative(s.when, now).padEnd(14)}  ${s.state.padEnd(7)}  ${s.title} (${s.owner}; ${proof(s)})\n`,
    )
    .join('');
}

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The war room under the run of show: the bridge and who to call, in escalation order. */
export function renderWarRoomText(warRoom: WarRoomConfig | undefined): string {
  return warRoom
    ? `\nWar room\n${warRoomLines(warRoom)
        .map((line) => `  ${line}\n`)
        .join('')}`
    : '';
}

export function renderWarRoomMarkdown(warRoom: WarRoomConfig | undefined): string {
  return warRoom
    ? `\n\n### War room\n\n${warRoomLines(warRoom)
        .map((line) => `- ${line}`)
        .join('\n')}`
    : '';
}

export function renderRunbookMarkdown(steps: TimedStep[], now: Date, airtime?: string): string {
  return [
    '| | when | time | state | step | owner | proved by |',
    '|---|---|---|---|---|---|---|',
    ...steps.map(
      (s) =>
        `| ${MARK[s.state]} | ${cell(s.at)} | ${dateTime(s.when.toISOString(), airtime)} (${relative(s.when, now)}) | ${s.state} | ${cell(s.title)} | ${cell(s.owner)} | ${cell(proof(s))} |`,
    ),
  ].join('\n');
}

/** RFC 5545 text: backslash, semicolon, comma and newline escaped. */
const icsText = (text: string) => text.replaceAll('\\', '\\\\').replaceAll(';', '\\;').replaceAll(',', '\\,').replaceAll('\n', '\\n');
const icsTime = (when: Date) =>
  when
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Lines of at most 75 octets, continued with a space (RFC 5545 §3.1), never cutting a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (Buffer.byteLength(current + char) > limit) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * A step's UID, from the step itself (its "at" and title), not its time: when airtime moves, a re-imported calendar
 * moves each event instead of adding a second one. Steps alike in both are told apart by their rank among them.
 */
function uidOf(step: TimedStep, index: number, steps: TimedStep[]): string {
  const same = steps.slice(0, index).filter((s) => s.at === step.at && s.title === step.title).length;
  const hash = createHash('sha256').update(`${step.at}\n${step.title}`).digest('hex').slice(0, 16);
  return `primetime-${hash}${same ? `-${same + 1}` : ''}`;
}

/** One event per step (15 minutes long), its owner and proof in the description: a team imports it into its calendars. */
export function renderRunbookIcs(steps: TimedStep[], event: string, now: Date, warRoom?: WarRoomConfig): string {
  const room = warRoom ? `\n\nWar room\n${warRoomLines(warRoom).join('\n')}` : '';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//primetime//run of show//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${icsText(`${event}: run of show`)}`,
  ];
  steps.forEach((step, index) => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidOf(step, index, steps)}@${icsText(slug(event))}`,
      `DTSTAMP:${icsTime(now)}`,
      `DTSTART:${icsTime(step.when)}`,
      `DTEND:${icsTime(new Date(step.when.getTime() + 15 * 60_000))}`,
      `SUMMARY:${icsText(`${step.at} ${step.title}`)}`,
      `DESCRIPTION:${icsText(`Owner: ${step.owner}\nProved by: ${proof(step)}\n${event}${room}`)}`,
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
