import { AssemblyError, type SourceLocation } from './errors.ts';

export type Token =
  | { readonly kind: 'ident'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'op'; readonly text: string }; // punctuation and operators; '$' alone is the current address

const OPERATORS = ['<<', '>>', '::', '(', ')', '[', ']', ',', ':', '+', '-', '*', '/', '%', '&', '|', '^', '~', '$'];
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', '"': '"', "'": "'" };

const isIdentStart = (ch: string): boolean => /[A-Za-z_.]/.test(ch);
const isIdentPart = (ch: string): boolean => /[A-Za-z0-9_.#@]/.test(ch);

// A '%' or '$' right after a value is an operator (modulo, never hex); elsewhere it may start a number.
function endsValue(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (token.kind === 'op') return token.text === ')' || token.text === ']' || token.text === '$';
  return true;
}

// Splits one line into tokens; a ';' outside quotes starts a comment.
export function tokenize(line: string, location: SourceLocation): Token[] {
  const tokens: Token[] = [];
  function fail(reason: string): never {
    throw new AssemblyError(location, reason);
  }
  let i = 0;
  const readDigits = (pattern: RegExp, radix: number, what: string): number => {
    const start = i;
    while (i < line.length && isIdentPart(line[i])) i++;
    const digits = line.slice(start, i);
    if (!pattern.test(digits)) fail(`invalid ${what} number '${digits}'`);
    return Number.parseInt(digits, radix);
  };
  const readQuoted = (quote: string): string => {
    let text = '';
    i++;
    while (line[i] !== quote) {
      if (i >= line.length) fail(`unterminated ${quote === '"' ? 'string' : 'character literal'}`);
      if (line[i] === '\\') {
        const escaped = ESCAPES[line[i + 1]];
        if (escaped === undefined) fail(`unknown escape '\\${line[i + 1] ?? ''}'`);
        text += escaped;
        i += 2;
      } else {
        text += line[i++];
      }
    }
    i++;
    return text;
  };
  while (i < line.length) {
    const ch = line[i];
    const next = line[i + 1] ?? '';
    if (ch === ';') break;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '"') {
      tokens.push({ kind: 'string', value: readQuoted('"') });
    } else if (ch === "'") {
      const text = readQuoted("'");
      if (text.length !== 1) fail(`character literal must hold one character, not '${text}'`);
      tokens.push({ kind: 'number', value: text.charCodeAt(0) });
    } else if (ch === '$' && /[0-9A-Fa-f]/.test(next)) {
      i++;
      tokens.push({ kind: 'number', value: readDigits(/^[0-9A-Fa-f]+$/, 16, 'hexadecimal') });
    } else if (ch === '%' && /[01]/.test(next) && !endsValue(tokens.at(-1))) {
      i++;
      tokens.push({ kind: 'number', value: readDigits(/^[01]+$/, 2, 'binary') });
    } else if (ch === '0' && /[xX]/.test(next)) {
      i += 2;
      tokens.push({ kind: 'number', value: readDigits(/^[0-9A-Fa-f]+$/, 16, 'hexadecimal') });
    } else if (ch === '0' && /[bB]/.test(next) && /[01]/.test(line[i + 2] ?? '')) {
      i += 2;
      tokens.push({ kind: 'number', value: readDigits(/^[01]+$/, 2, 'binary') });
    } else if (/[0-9]/.test(ch)) {
      tokens.push({ kind: 'number', value: readDigits(/^[0-9]+$/, 10, 'decimal') });
    } else if (isIdentStart(ch)) {
      const start = i;
      while (i < line.length && isIdentPart(line[i])) i++;
      tokens.push({ kind: 'ident', text: line.slice(start, i) });
    } else {
      const operator = OPERATORS.find((candidate) => line.startsWith(candidate, i));
      if (operator === undefined) fail(`unexpected character '${ch}'`);
      tokens.push({ kind: 'op', text: operator });
      i += operator.length;
    }
  }
  return tokens;
}

export function isOp(token: Token | undefined, text: string): boolean {
  return token !== undefined && token.kind === 'op' && token.text === text;
}

// Lowercased identifier text, for case-insensitive keywords; undefined for other tokens.
export function keyword(token: Token | undefined): string | undefined {
  return token !== undefined && token.kind === 'ident' ? token.text.toLowerCase() : undefined;
}

// Splits tokens at commas outside parentheses and brackets.
export function splitArguments(tokens: readonly Token[]): Token[][] {
  if (tokens.length === 0) return [];
  const parts: Token[][] = [[]];
  let depth = 0;
  for (const token of tokens) {
    if (isOp(token, '(') || isOp(token, '[')) depth++;
    if (isOp(token, ')') || isOp(token, ']')) depth--;
    if (depth === 0 && isOp(token, ',')) parts.push([]);
    else parts[parts.length - 1].push(token);
  }
  return parts;
}

export function tokensToText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      if (token.kind === 'number') return String(token.value);
      if (token.kind === 'string') return JSON.stringify(token.value);
      return token.text;
    })
    .join(' ');
}
