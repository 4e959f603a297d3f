/** Where a command writes and reads: the process's streams, or a test's buffers. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** One line from standard input without its line ending; null when input ends first. */
  readLine(): Promise<string | null>;
}

/** A stream written to: process.stdout or stderr, or a test's buffer. */
export interface CliOutput {
  write(text: string): unknown;
  /** For the width of the help text, as commander reads it from a terminal. */
  isTTY?: boolean;
  columns?: number;
}

/** The streams one run of the command line works with: the process's, or a test's. */
export interface CliStreams {
  stdin: NodeJS.ReadableStream & { destroy?: () => void };
  stdout: CliOutput;
  stderr: CliOutput;
}

export function streamIo(streams: CliStreams): Io {
  return {
    out: (line) => streams.stdout.write(`${line}\n`),
    err: (line) => streams.stderr.write(`${line}\n`),
    readLine: () => readFirstLine(streams.stdin),
  };
}

/** Reads up to the first newline, then lets go of the stream (the rest is left unread). */
export function readFirstLine(
  stream: NodeJS.ReadableStream & { destroy?: () => void },
): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let text = '';
    const finish = (line: string | null) => {
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onError);
      stream.pause();
      stream.destroy?.();
      resolve(line);
    };
    const onData = (chunk: Buffer | string) => {
      text += chunk.toString();
      const newline = text.indexOf('\n');
      if (newline !== -1) finish(text.slice(0, newline).replace(/\r$/, ''));
    };
    const onEnd = () => finish(text === '' ? null : text.replace(/\r$/, ''));
    const onError = (error: Error) => reject(error);
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', onError);
  });
}
