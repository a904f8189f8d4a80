/** The war room: who to call for what, in escalation order, and how the run of show and the watch say it. */
import type { WarRoomConfig } from '../config/schema.js';

export type Contact = WarRoomConfig['contacts'][number];

/** What needs someone: a page of the watch, or a live figure. */
export interface Subject {
  kind: 'page' | 'figure';
  name: string;
}

/**
 * The first contact who answers for it: "pages" or "figures" by kind, or a word of its name ("database" for "elan-db
 * database connections"); else the head of the escalation, who answers for whatever no one else does.
 */
export function whoToCall(warRoom: WarRoomConfig, subject: Subject): Contact {
  const words = subject.name.toLowerCase();
  const byName = warRoom.contacts.find((c) => c.for.some((topic) => topic !== 'pages' && topic !== 'figures' && words.includes(topic.toLowerCase())));
  return byName ?? warRoom.contacts.find((c) => c.for.includes(`${subject.kind}s`)) ?? warRoom.contacts[0]!;
}

export const callText = (contact: Contact) => `call ${contact.name} (${contact.role}, ${contact.reach})`;

/** The bridge and the escalation order, one line each, for the terminal, Markdown and a calendar's description. */
export function warRoomLines(warRoom: WarRoomConfig): string[] {
  return [
    ...(warRoom.bridge ? [`Bridge: ${warRoom.bridge}`] : []),
    ...warRoom.contacts.map((c, i) => `${i + 1}. ${c.name}, ${c.role}: ${c.reach}${c.for.length ? ` (for ${c.for.join(', ')})` : ''}`),
  ];
}
