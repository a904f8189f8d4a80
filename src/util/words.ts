/** Numbers and counts as a reader reads them: the wordings every room uses, in a leaf module each may import. */

/**
 * A number as en-US writes it, with thousands separators and at most `fractionDigits` decimals ("1,234.5").
 * Written out rather than through Intl: the first NumberFormat loads the locale data, 30 ms of every start-up.
 */
export function grouped(value: number, fractionDigits = 0): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  // Rounded on the decimal a reader sees (1.005 → 1.01, as Intl does), not on the binary value toFixed reads.
  const rounded = String(abs).includes('e') ? abs : Math.round(Number(`${abs}e${fractionDigits}`)) / 10 ** fractionDigits;
  const [whole = '', fraction = ''] = rounded.toFixed(fractionDigits).split('.');
  const kept = fraction.replace(/0+$/, '');
  const sign = value < 0 && /[1-9]/.test(whole + kept) ? '-' : '';
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${kept ? `.${kept}` : ''}`;
}

export function formatNumber(value: number): string {
  return grouped(value, value < 10 ? 2 : 0);
}

/** "1 page", "3 pages", "1,200 words": `many` for irregular plurals. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
