// Vietnamese text: canonical storage form and the fold used for matching.

/** Fold for matching: no diacritics, đ→d, lower case, single spaces, trimmed. */
export function fold(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
