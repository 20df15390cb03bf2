import type { NextFunction, Request, Response } from 'express';

/** What the body parser and other middleware failures mean to a client, as GraphQL error codes. */
const BY_TYPE: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'INVALID_JSON', 'The request body is not valid JSON.'],
  'entity.too.large': [413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.'],
  'encoding.unsupported': [415, 'UNSUPPORTED_ENCODING', 'The request body encoding is not supported.'],
  'charset.unsupported': [415, 'UNSUPPORTED_ENCODING', 'The request body charset is not supported.'],
  'request.aborted': [400, 'BAD_REQUEST', 'The request was aborted.'],
};

/**
 * Express's default error page is HTML with a stack trace; every failure here becomes a GraphQL JSON
 * answer with a specific code instead, and nothing of the library or the server's paths.
 */
export function jsonErrors(onUnexpected: (e: unknown) => void) {
  return (err: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    const type = (err as { type?: string })?.type ?? '';
    const known = BY_TYPE[type];
    const status = known?.[0] ?? 500;
    if (!known) onUnexpected(err);
    if (res.headersSent) return;
    res.status(status).json({
      errors: [
        {
          message: known?.[2] ?? 'Internal server error',
          extensions: { code: known?.[1] ?? 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
  };
}

/** Unknown paths answer JSON too, so no HTML ever leaves the service. */
export function notFound(_req: Request, res: Response): void {
  res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
}
