// What went wrong, as one line of text for a person: the message of an `Error`, or the thrown value
// as a string (code may throw anything), or the caller's own words for a failure it knows by its
// code (a read-only folder). Every "could not …: {reason}" in the product reads it here.

/** The system error code of a failure, when it has one: Node's `EACCES`, a VS Code `FileSystemError`'s `NoPermissions`. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * `error.message` for an `Error`, `String(error)` for anything else thrown; `byCode` words the
 * failures the caller knows by their code (`{ NoPermissions: 'the folder is read-only' }`), in
 * place of the system's message.
 */
export function errorMessage(error: unknown, byCode: Readonly<Record<string, string>> = {}): string {
  const code = errorCode(error);
  const known = code === undefined || !Object.hasOwn(byCode, code) ? undefined : byCode[code];
  return known ?? (error instanceof Error ? error.message : String(error));
}

/**
 * What an unexpected failure leaves for a bug report (the CLI's last word): an `Error`'s stack when
 * it has one, else {@link errorMessage}.
 */
export function errorReport(error: unknown): string {
  return (error instanceof Error ? error.stack : undefined) ?? errorMessage(error);
}

/** The thrown value as an `Error`, for a promise to reject with or a failure to keep. */
export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
