/** A mistake in how the command was called: exit status 1 with the message. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
