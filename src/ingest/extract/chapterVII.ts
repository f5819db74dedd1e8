/**
 * "Acting under Chapter VII of the Charter" and its variants: "Acting also under Chapter VII",
 * "acting under Chapter VII and Chapter VIII", "Acting in accordance with Chapter VII", and the
 * older "Acting under Articles 39 and 40 of the Charter" (articles of Chapter VII); "wider" is
 * an OCR slip of "under" in the CR-UNSC texts (277). A resolution
 * that only recalls another one adopted under Chapter VII does not act under it, hence "acting".
 */
const ACTING_UNDER =
  /\bacting,?\s+(?:(?:also|further|again|therefore|inter alia),?\s+)?(?:under|wider|in accordance with|pursuant to|in virtue of|in conformity with)\s+(?:(?:the\s+)?provisions\s+of\s+)?(?:Chapter\s+VII\b|Articles?\s+(?:39|40|41|42)\b)/i;

/** True when the text acts under Chapter VII, false when it does not, null when there is no text. */
export function chapterVIIFromText(text: string | null | undefined): boolean | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  return ACTING_UNDER.test(text.replace(/\s+/g, ' '));
}
