/** Returns the reason an ISO `YYYY-MM-DD` date is impossible, or null when it is a real calendar day. */
export function checkIsoDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return `date "${value}" is not YYYY-MM-DD`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) {
    return `impossible date "${value}"`;
  }
  if (y < 1945) return `date "${value}" is before the Council existed`;
  return null;
}
