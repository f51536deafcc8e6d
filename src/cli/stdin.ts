import { UserError } from '../errors.js';
import { decodeDraft, formatSize } from '../files/read.js';

export const STDIN_LABEL = 'standard input';
const PASTE_PROMPT = 'Paste your draft, then press Ctrl-D (Ctrl-Z Enter on Windows) to lint it.';

/** Reads all of standard input as one draft; at a terminal, first says how to end the paste. */
export async function readStdinDraft(maxBytes: number): Promise<string> {
  const stdin = process.stdin;
  if (stdin.isTTY) process.stderr.write(`${PASTE_PROMPT}\n`);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stdin) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += bytes.length;
      if (size > maxBytes) {
        // Stop reading now: the rest could be endless (`yes | apology-lint`).
        stdin.destroy();
        throw new UserError(`${STDIN_LABEL} is over the ${formatSize(maxBytes)} limit (raise it with --max-file-size)`);
      }
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot read ${STDIN_LABEL}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return decodeDraft(Buffer.concat(chunks), STDIN_LABEL);
}
