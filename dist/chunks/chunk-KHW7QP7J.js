import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/util/words.ts
function grouped(value, fractionDigits = 0) {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const rounded = String(abs).includes("e") ? abs : Math.round(Number(`${abs}e${fractionDigits}`)) / 10 ** fractionDigits;
  const [whole = "", fraction = ""] = rounded.toFixed(fractionDigits).split(".");
  const kept = fraction.replace(/0+$/, "");
  const sign = value < 0 && /[1-9]/.test(whole + kept) ? "-" : "";
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ",")}${kept ? `.${kept}` : ""}`;
}
function formatNumber(value) {
  return grouped(value, value < 10 ? 2 : 0);
}
function plural(count, one, many = `${one}s`) {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

export {
  grouped,
  formatNumber,
  plural
};
