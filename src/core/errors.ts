/** Error types the CLI recognises; a light module so the dispatcher loads nothing heavy. */
export class SelectionError extends Error {
  override name = 'SelectionError';
}
