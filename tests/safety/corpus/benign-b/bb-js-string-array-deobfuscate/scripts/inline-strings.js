const fs = require("node:fs");
const { parse } = require("@babel/parser");
const traverse = require("@babel/traverse").default;
const generate = require("@babel/generator").default;
const t = require("@babel/types");

const [file, ...rest] = process.argv.slice(2);
const rotIdx = rest.indexOf("--rotate");
const rotate = rotIdx >= 0 ? Number(rest[rotIdx + 1]) : 0;

const ast = parse(fs.readFileSync(file, "utf8"), { sourceType: "unambiguous" });

let table = null;
let accessorName = null;
let offset = 0;

traverse(ast, {
  VariableDeclarator(path) {
    const init = path.node.init;
    if (!table && t.isArrayExpression(init) && init.elements.length > 20 &&
        init.elements.every((e) => t.isStringLiteral(e))) {
      table = init.elements.map((e) => e.value);
    }
  },
  FunctionDeclaration(path) {
    const body = generate(path.node).code;
    const m = /-\s*(0x[0-9a-f]+|\d+)/i.exec(body);
    if (table && !accessorName && path.node.params.length >= 1 && m) {
      accessorName = path.node.id.name;
      offset = Number(m[1]);
    }
  },
});

if (!table || !accessorName) {
  console.error("no string table / accessor found");
  process.exit(1);
}
for (let i = 0; i < rotate; i++) table.push(table.shift());

let replaced = 0;
traverse(ast, {
  CallExpression(path) {
    const { callee, arguments: args } = path.node;
    if (t.isIdentifier(callee, { name: accessorName }) && args.length >= 1 && t.isNumericLiteral(args[0])) {
      const value = table[args[0].value - offset];
      if (typeof value === "string") {
        path.replaceWith(t.stringLiteral(value));
        replaced++;
      }
    }
  },
});

console.error(`inlined ${replaced} lookups`);
process.stdout.write(generate(ast, { comments: true }).code);
