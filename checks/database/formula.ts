/**
 * RDS parameter values as RDS computes them: a number, a formula in braces ({DBInstanceClassMemory/12582880}), or
 * the functions GREATEST, LEAST, SUM and log over them (Aurora MySQL's default max_connections is
 * GREATEST({log(DBInstanceClassMemory/805306368)*45},{log(DBInstanceClassMemory/8187281408)*1000})). As RDS does,
 * / and * truncate to an integer and log is base 2. Anything else is undefined: not guessed.
 */
export interface FormulaVariables {
  DBInstanceClassMemory: number;
  DBInstanceVCPU?: number;
}

const TOKEN = /\s*(\d+|[A-Za-z]\w*|[{}(),*/])/y;

function tokenize(text: string): string[] | undefined {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const from = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    // A failed match resets lastIndex: what is left is read from where the last token ended.
    if (!match) return text.slice(from).trim() === '' ? tokens : undefined;
    tokens.push(match[1]!);
  }
  return tokens;
}

const FUNCTIONS: Record<string, (args: number[]) => number | undefined> = {
  GREATEST: (args) => Math.max(...args),
  LEAST: (args) => Math.min(...args),
  SUM: (args) => args.reduce((a, b) => a + b, 0),
  log: ([value]) => (value !== undefined && value > 0 ? Math.log2(value) : undefined),
};

/** The value of a parameter for an instance of that memory, or undefined when it is not a formula RDS documents. */
export function evaluateParameter(text: string, variables: FormulaVariables): number | undefined {
  const tokens = tokenize(text);
  if (!tokens?.length) return undefined;
  let at = 0;
  const fail = (): never => {
    throw new SyntaxError(text);
  };
  const expect = (token: string) => (tokens[at] === token ? at++ : fail());
  // term (('*' | '/') term)*, truncating at each step as RDS does.
  const product = (): number => {
    let value = term();
    while (tokens[at] === '*' || tokens[at] === '/') {
      const op = tokens[at++];
      const right = term();
      value = Math.trunc(op === '*' ? value * right : right === 0 ? fail() : value / right);
    }
    return value;
  };
  const term = (): number => {
    const token = tokens[at++] ?? fail();
    if (/^\d+$/.test(token)) return Number(token);
    if (token === '{') {
      const value = product();
      expect('}');
      return value;
    }
    if (token in FUNCTIONS) return call(token);
    const variable = variables[token as keyof FormulaVariables];
    return variable ?? fail();
  };
  const call = (name: string): number => {
    expect('(');
    const args = [product()];
    while (tokens[at] === ',') {
      at++;
      args.push(product());
    }
    expect(')');
    return FUNCTIONS[name]!(args) ?? fail();
  };
  try {
    const value = product();
    return at === tokens.length && Number.isFinite(value) ? Math.trunc(value) : undefined;
  } catch {
    return undefined;
  }
}
