/** A file-name-safe form of a path or a word: accents dropped, anything else folded to "-". */
export function slugify(text: string, fallback: string, maxLength = 80): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\w]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, maxLength) || fallback
  );
}
