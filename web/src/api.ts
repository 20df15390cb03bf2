import type { TypedDocumentString } from './generated/operations';

export class ApiError extends Error {}

/** Sends one named operation to the service's own /graphql; the page talks to nothing else. */
export async function gql<R, V>(doc: TypedDocumentString<R, V>, variables: V): Promise<R> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: doc.toString(), variables }),
  });
  const body = (await res.json()) as { data?: R; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data)
    throw new ApiError(body.errors?.map((e) => e.message).join('; ') ?? res.statusText);
  return body.data;
}
