// Where JSON.parse stopped. V8 gives "at position N" for most errors but not all ("Unexpected
// token 'x', "…" is not valid JSON" has none), so when the message has no position a small
// scanner of the JSON grammar finds the first offending character.

/** The offset of the first syntax error in text that JSON.parse rejected. */
export function jsonErrorOffset(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : '';
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Number(position);
  if (message.includes('Unexpected end of JSON input')) return text.length;
  return scanForError(text) ?? 0;
}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

class ScanError {
  constructor(readonly offset: number) {}
}

/** The offset of the first character that breaks the JSON grammar; undefined when there is none. */
export function scanForError(text: string): number | undefined {
  let at = 0;
  const fail = (): never => {
    throw new ScanError(at);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at++;
  };
  const expect = (char: string) => {
    if (text.charAt(at) !== char) fail();
    at++;
  };
  const literal = (word: string) => {
    for (const char of word) expect(char);
  };
  const string = () => {
    expect('"');
    for (;;) {
      if (at >= text.length) fail();
      const char = text.charAt(at);
      if (char === '"') return void at++;
      if (char.charCodeAt(0) < 0x20) fail();
      if (char === '\\') {
        at++;
        const escape = text.charAt(at);
        if (escape === 'u') {
          at++;
          for (let i = 0; i < 4; i++) {
            if (!/[0-9a-fA-F]/.test(text.charAt(at))) fail();
            at++;
          }
        } else if (escape !== '' && '"\\/bfnrt'.includes(escape)) at++;
        else fail();
      } else at++;
    }
  };
  const digits = () => {
    if (!/[0-9]/.test(text.charAt(at))) fail();
    while (/[0-9]/.test(text.charAt(at))) at++;
  };
  const number = () => {
    if (text.charAt(at) === '-') at++;
    if (text.charAt(at) === '0') at++;
    else digits();
    if (text.charAt(at) === '.') {
      at++;
      digits();
    }
    if (text.charAt(at) === 'e' || text.charAt(at) === 'E') {
      at++;
      if (text.charAt(at) === '+' || text.charAt(at) === '-') at++;
      digits();
    }
  };
  const value = (): void => {
    space();
    const char = text.charAt(at);
    if (char === '{') {
      at++;
      space();
      if (text.charAt(at) === '}') return void at++;
      for (;;) {
        space();
        string();
        space();
        expect(':');
        value();
        space();
        if (text.charAt(at) === '}') return void at++;
        expect(',');
      }
    }
    if (char === '[') {
      at++;
      space();
      if (text.charAt(at) === ']') return void at++;
      for (;;) {
        value();
        space();
        if (text.charAt(at) === ']') return void at++;
        expect(',');
      }
    }
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    if (char === '-' || /[0-9]/.test(char)) return number();
    fail();
  };
  try {
    value();
    space();
    if (at < text.length) fail();
    return undefined;
  } catch (error) {
    if (error instanceof ScanError) return error.offset;
    // Nesting too deep for the scanner's stack: no position to give.
    return 0;
  }
}
