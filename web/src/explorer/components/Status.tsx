import type { ApiError } from '../api';

export function Loading({ what }: { what: string }) {
  return (
    <p className="status loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </p>
  );
}

/** Shows the server's message and its stable code; bad input reads as advice, not as a crash. */
export function ErrorBox({ error, title }: { error: ApiError; title?: string }) {
  const hint = error.code === 'BAD_USER_INPUT' ? 'Check the input and try again.' : error.code === 'NOT_FOUND' ? '' : 'Try again in a moment.';
  return (
    <div className="status error" role="alert">
      <strong>{title ?? 'Something went wrong'}</strong>
      <p>{error.message}</p>
      <p className="muted">
        Code <code>{error.code}</code>. {hint}
      </p>
    </div>
  );
}
