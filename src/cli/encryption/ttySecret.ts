// The Node side of typing a passphrase: the prompt on stderr, standard input in raw mode (nothing is
// echoed) for exactly one line, then the terminal as it was. Only offered when standard input is a
// terminal (main.ts); scripts give --passphrase-file or --passphrase-env instead.
import { StringDecoder } from 'node:string_decoder';
import { feedSecret, START, type SecretState } from './secretLine';

/** Typed after the Enter that ended the last answer: the start of the next one. */
let typedAhead = '';

export function readSecretFromTty(prompt: string): Promise<string | undefined> {
  const input = process.stdin;
  process.stderr.write(prompt);
  const ahead = feedSecret(START, typedAhead);
  typedAhead = '';
  if (ahead.kind !== 'typing') {
    if (ahead.kind === 'done') {
      typedAhead = ahead.rest;
    }
    process.stderr.write('\n');
    return Promise.resolve(ahead.kind === 'done' ? ahead.text : undefined);
  }
  const decoder = new StringDecoder('utf8');
  const wasRaw = input.isRaw;
  input.setRawMode(true);
  input.resume();
  return new Promise((resolve) => {
    let state: SecretState = ahead;
    const finish = (value: string | undefined): void => {
      input.off('data', onData);
      input.off('end', onEnd);
      input.setRawMode(wasRaw);
      input.pause();
      process.stderr.write('\n');
      resolve(value);
    };
    const onData = (data: Buffer): void => {
      state = feedSecret(state, decoder.write(data));
      if (state.kind === 'done') {
        typedAhead = state.rest;
        finish(state.text);
      } else if (state.kind === 'cancelled') {
        finish(undefined);
      }
    };
    const onEnd = (): void => finish(undefined);
    input.on('data', onData);
    input.on('end', onEnd);
  });
}
