/** Numbers and counts as a reader reads them: the wordings every room uses, in a leaf module each may import. */

export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: value < 10 ? 2 : 0 });
}

/** "1 page", "3 pages", "1,200 words": `many` for irregular plurals. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
