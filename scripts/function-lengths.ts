// npm run function-lengths [-- --over 60]: every function in src/ and checks/ (tests left out) with its length in
// lines, measured with the TypeScript compiler's own parser; the longest first, and the counts at 50 and 80 lines.
// Exits 1 when --over N is given and a function is longer than N lines, unless the line above it marks it as a data
// table or a script that runs in the browser (`// function-lengths: data` or `// function-lengths: browser-side script`).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

interface Measured {
  where: string;
  name: string;
  lines: number;
  exempt: boolean;
}

const EXEMPT = /\/\/ function-lengths: (data|browser-side script)\s*$/;

function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => /\.ts$/.test(file) && !/\.test\.ts$|\.d\.ts$/.test(file))
    .map((file) => path.join(dir, file));
}

function nameOf(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText();
  if (ts.isVariableDeclaration(node.parent) || ts.isPropertyAssignment(node.parent) || ts.isPropertyDeclaration(node.parent)) return node.parent.name.getText();
  return '(anonymous)';
}

function measure(file: string): Measured[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines = text.split('\n');
  const found: Measured[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      found.push({ where: `${file}:${start + 1}`, name: nameOf(node), lines: end - start + 1, exempt: EXEMPT.test(lines[start - 1] ?? '') });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const all = [...files('src'), ...files('checks')].flatMap(measure).sort((a, b) => b.lines - a.lines);
const sorted = all.map((f) => f.lines).sort((a, b) => a - b);
const over = Number(process.argv[process.argv.indexOf('--over') + 1] || NaN);
console.log(
  `${all.length} functions, median ${sorted[Math.floor(sorted.length / 2)]} lines, ${all.filter((f) => f.lines >= 50).length} of 50 lines or more, ${all.filter((f) => f.lines >= 80).length} of 80 or more`,
);
for (const f of all.slice(0, 15)) console.log(`  ${String(f.lines).padStart(4)}  ${f.name}  ${f.where}${f.exempt ? '  (data or browser-side script)' : ''}`);
if (Number.isFinite(over)) {
  const long = all.filter((f) => f.lines > over && !f.exempt);
  for (const f of long) console.error(`over ${over} lines: ${f.name} (${f.lines}) at ${f.where}`);
  process.exitCode = long.length > 0 ? 1 : 0;
}
