import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/report/time.ts
function offsetMinutes(when, airtime) {
  const offset = airtime ? /([+-])(\d\d):(\d\d)$/.exec(airtime) : void 0;
  if (offset) return (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  return airtime?.endsWith("Z") ? 0 : -when.getTimezoneOffset();
}
function format(iso, airtime, options) {
  const when = new Date(iso);
  const minutes = offsetMinutes(when, airtime);
  const shifted = new Date(when.getTime() + minutes * 6e4);
  const text = new Intl.DateTimeFormat("en-GB", { ...options, hourCycle: "h23", timeZone: "UTC" }).format(shifted);
  const abs = Math.abs(minutes);
  return { text, zone: `UTC${minutes < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}` };
}
function localTime(iso, airtime) {
  const { text, zone } = format(iso, airtime, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
  return `${text} (${zone})`;
}
function clockTime(iso, airtime) {
  return format(iso, airtime, { hour: "2-digit", minute: "2-digit", second: "2-digit" }).text;
}
function dateTime(iso, airtime) {
  const when = new Date(iso);
  const shifted = new Date(when.getTime() + offsetMinutes(when, airtime) * 6e4);
  return `${shifted.toISOString().slice(0, 16).replace("T", " ")} ${zoneName(iso, airtime)}`;
}
function zoneName(iso, airtime) {
  return format(iso, airtime, { hour: "2-digit" }).zone;
}

// src/runbook/war-room.ts
function whoToCall(warRoom, subject) {
  const words = subject.name.toLowerCase();
  const byName = warRoom.contacts.find((c) => c.for.some((topic) => topic !== "pages" && topic !== "figures" && words.includes(topic.toLowerCase())));
  return byName ?? warRoom.contacts.find((c) => c.for.includes(`${subject.kind}s`)) ?? warRoom.contacts[0];
}
var callText = (contact) => `call ${contact.name} (${contact.role}, ${contact.reach})`;
function warRoomLines(warRoom) {
  return [
    ...warRoom.bridge ? [`Bridge: ${warRoom.bridge}`] : [],
    ...warRoom.contacts.map((c, i) => `${i + 1}. ${c.name}, ${c.role}: ${c.reach}${c.for.length ? ` (for ${c.for.join(", ")})` : ""}`)
  ];
}

export {
  localTime,
  clockTime,
  dateTime,
  zoneName,
  whoToCall,
  callText,
  warRoomLines
};
