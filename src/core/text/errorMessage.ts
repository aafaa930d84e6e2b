// What went wrong, as one line of text for a person: the message of an `Error`, or the thrown value
// as a string (code may throw anything). Every "could not …: {reason}" in the product reads it here.

/** `error.message` for an `Error`, `String(error)` for anything else thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The thrown value as an `Error`, for a promise to reject with or a failure to keep. */
export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
