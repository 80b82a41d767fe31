// Writing to the process's file descriptors directly (fs.writeSync), as every worker will:
// output comes out whole and in order. Retries on EAGAIN (non-blocking pipes) and treats EPIPE
// (`pystm ... | head`) as a quiet end of output, never a JavaScript stack trace.
import * as fs from 'node:fs';

export class BrokenPipe extends Error {}

export function writeAll(fd: number, text: string): void {
  writeAllBytes(fd, Buffer.from(text, 'utf8'));
}

/** Writes every byte to fd (retrying short writes and EAGAIN). */
export function writeAllBytes(fd: number, bytes: Uint8Array): void {
  let buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  while (buf.length > 0) {
    let n: number;
    try {
      n = fs.writeSync(fd, buf);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EPIPE') throw new BrokenPipe();
      throw e;
    }
    buf = buf.subarray(n);
  }
}

export const writeOut = (text: string): void => writeAll(1, text);
export const writeErr = (text: string): void => writeAll(2, text);
