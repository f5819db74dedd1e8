/** Progress lines on stderr, at most one per `everyMs` per label: long bench phases stay visible but quiet. */
export function createProgress(everyMs = 2000): (label: string, detail: string) => void {
  const last = new Map<string, number>();
  return (label, detail) => {
    const now = Date.now();
    if (now - (last.get(label) ?? 0) < everyMs) return;
    last.set(label, now);
    process.stderr.write(`[bench] ${label}: ${detail}\n`);
  };
}
