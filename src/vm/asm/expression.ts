import { AssemblyError, type SourceLocation } from './errors.ts';
import { isOp, keyword, tokensToText, type Token } from './lexer.ts';

export interface EvaluationContext {
  readonly location: SourceLocation;
  readonly pc: number; // the value of '$': the address of the current line
  // A symbol's value, or undefined when it is not known yet (first pass, forward reference).
  resolve(name: string): number | undefined;
}

// Binary operators by precedence, loosest first, as in C.
const BINARY_LEVELS: readonly (readonly string[])[] = [['|'], ['^'], ['&'], ['<<', '>>'], ['+', '-'], ['*', '/', '%']];

const FUNCTIONS: Readonly<Record<string, (value: number) => number>> = {
  high: (value) => (value >> 8) & 0xff,
  low: (value) => value & 0xff,
};

// Integer arithmetic wraps to 32 bits, so results do not depend on floating point.
function applyBinary(operator: string, left: number, right: number, fail: (reason: string) => never): number {
  switch (operator) {
    case '|': return left | right;
    case '^': return left ^ right;
    case '&': return left & right;
    case '<<': return left << right;
    case '>>': return left >> right;
    case '+': return (left + right) | 0;
    case '-': return (left - right) | 0;
    case '*': return Math.imul(left, right);
    default:
      if (right === 0) fail('division by zero');
      return (operator === '/' ? Math.trunc(left / right) : left % right) | 0;
  }
}

// Evaluates a whole expression; undefined when it refers to a symbol that is not known yet.
export function evaluate(tokens: readonly Token[], context: EvaluationContext): number | undefined {
  function fail(reason: string): never {
    throw new AssemblyError(context.location, reason);
  }
  let position = 0;
  const peek = (): Token | undefined => tokens[position];

  function expect(text: string): void {
    if (!isOp(peek(), text)) fail(`expected '${text}' in expression '${tokensToText(tokens)}'`);
    position++;
  }

  function binary(level: number): number | undefined {
    if (level === BINARY_LEVELS.length) return unary();
    let left = binary(level + 1);
    for (;;) {
      const token = peek();
      const operator = token?.kind === 'op' && BINARY_LEVELS[level].includes(token.text) ? token.text : undefined;
      if (operator === undefined) return left;
      position++;
      const right = binary(level + 1);
      left = left === undefined || right === undefined ? undefined : applyBinary(operator, left, right, fail);
    }
  }

  function unary(): number | undefined {
    const token = peek();
    if (isOp(token, '-') || isOp(token, '+') || isOp(token, '~')) {
      position++;
      const operand = unary();
      if (operand === undefined) return undefined;
      return isOp(token, '-') ? -operand | 0 : isOp(token, '~') ? ~operand : operand;
    }
    return primary();
  }

  function primary(): number | undefined {
    const token = peek();
    position++;
    if (token === undefined) fail(`expression '${tokensToText(tokens)}' ends early`);
    if (token.kind === 'number') return token.value;
    if (isOp(token, '$')) return context.pc;
    if (isOp(token, '(')) {
      const inner = binary(0);
      expect(')');
      return inner;
    }
    if (token.kind === 'ident') {
      const apply = FUNCTIONS[keyword(token) ?? ''];
      if (apply !== undefined && isOp(peek(), '(')) {
        position++;
        const argument = binary(0);
        expect(')');
        return argument === undefined ? undefined : apply(argument);
      }
      return context.resolve(token.text);
    }
    if (token.kind === 'string') fail(`a string is not a number: ${JSON.stringify(token.value)}`);
    return fail(`unexpected '${token.text}' in expression`);
  }

  if (tokens.length === 0) fail('missing expression');
  const value = binary(0);
  if (position < tokens.length) fail(`unexpected '${tokensToText(tokens.slice(position))}' in expression`);
  return value;
}
