// Fails when a response body in the generated types, or any part of it (a property, list element or map value, at
// any depth), gives an app maker nothing to work with: `any`, `unknown`, `never` or an empty object. Reads
// src/civic-api.d.ts (npm run generate) with the TypeScript compiler, so it judges what an app maker's editor shows.
//
// Every response counts except 204 and 304, which have no body by definition. The entries of untyped-responses.txt
// are known debt and only counted (--all lists them too); the check also fails on an entry that is typed now or
// gone, so that the list only ever shrinks. An empty list makes the check strict.
import { readFileSync } from "node:fs";
import ts from "typescript";

const GENERATED = "src/civic-api.d.ts";
const KNOWN = "untyped-responses.txt";
const METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"];
const NO_BODY = new Set(["204", "304"]);

const program = ts.createProgram([GENERATED], { strict: true, noEmit: true });
const checker = program.getTypeChecker();
const source = program.getSourceFile(GENERATED);
const paths = checker.getExportsOfModule(checker.getSymbolAtLocation(source)).find((s) => s.name === "paths");
if (!paths) {
  throw new Error(`${GENERATED} has no "paths" interface: run npm run generate`);
}

function typeOf(symbol) {
  return checker.getTypeOfSymbolAtLocation(symbol, source);
}

function property(type, name) {
  const symbol = type.getProperty(name);
  return symbol && checker.getNonNullableType(typeOf(symbol));
}

/** Why a type tells nothing, or null when it is a real type (whose parts untypedParts looks into). */
function untyped(type) {
  if (type.flags & ts.TypeFlags.Any) return "any";
  if (type.flags & ts.TypeFlags.Unknown) return "unknown";
  if (type.flags & ts.TypeFlags.Never) return "never";
  if (type.flags & ts.TypeFlags.Object && !checker.isArrayType(type) && type.getProperties().length === 0) {
    const index = checker.getIndexInfosOfType(type)[0];
    if (!index || index.type.flags & ts.TypeFlags.Never) return "an empty object";
  }
  return null;
}

/** Where in a body type an app maker gets nothing to work with, as [part, why]: "" is the body, ".project" a property. */
function untypedParts(type, part, seen) {
  const why = untyped(type);
  if (why) return [[part, why]];
  if (seen.has(type)) return [];
  seen.add(type);
  if (type.isUnion()) return type.types.flatMap((member) => untypedParts(member, part, seen));
  if (checker.isArrayType(type)) return untypedParts(checker.getTypeArguments(type)[0], `${part}[]`, seen);
  if (!(type.flags & ts.TypeFlags.Object)) return [];
  const index = checker.getIndexInfosOfType(type)[0];
  return type.getProperties()
    .flatMap((p) => untypedParts(checker.getNonNullableType(typeOf(p)), `${part}.${p.name}`, seen))
    .concat(index ? untypedParts(index.type, `${part}{}`, seen) : []);
}

const found = [];
for (const pathSymbol of checker.getDeclaredTypeOfSymbol(paths).getProperties()) {
  for (const method of METHODS) {
    const operation = property(typeOf(pathSymbol), method);
    if (!operation || operation.flags & ts.TypeFlags.Never) continue;
    for (const response of property(operation, "responses").getProperties()) {
      const status = response.name;
      if (NO_BODY.has(status)) continue;
      const content = property(typeOf(response), "content");
      const where = `${method.toUpperCase()} ${pathSymbol.name} ${status}`;
      if (!content || content.flags & ts.TypeFlags.Never) {
        found.push(`${where}: no body`);
        continue;
      }
      for (const media of content.getProperties()) {
        for (const [part, why] of untypedParts(typeOf(media), "", new Set())) {
          found.push(`${where}${part && ` ${part}`}: ${why} (${media.name})`);
        }
      }
    }
  }
}

const known = new Set(
  readFileSync(KNOWN, "utf8").split("\n").map((line) => line.trim()).filter((line) => line && !line.startsWith("#")),
);
const keyOf = (line) => line.slice(0, line.indexOf(":"));
const foundKeys = new Set(found.map(keyOf));
const fresh = found.filter((line) => !known.has(keyOf(line)));
const fixed = [...known].filter((key) => !foundKeys.has(key));

const showAll = process.argv.includes("--all");
const operations = new Set(found.map((line) => keyOf(line).split(" ").slice(0, 2).join(" ")));
console.log(`${found.length} responses without a usable body type in ${operations.size} operations`
  + ` (${found.length - fresh.length} known in ${KNOWN}${showAll ? "" : "; --all lists them"}).`);
found.filter((line) => showAll || !known.has(keyOf(line)))
  .forEach((line) => console.log(`  ${known.has(keyOf(line)) ? " " : "!"} ${line}`));
if (fresh.length) {
  console.error(`\n${fresh.length} such responses not in ${KNOWN} (marked !): give them a schema.`);
}
if (fixed.length) {
  console.error(`\n${fixed.length} entries of ${KNOWN} are typed now or gone: delete these lines.`);
  fixed.forEach((key) => console.error(`    ${key}`));
}
process.exitCode = fresh.length || fixed.length ? 1 : 0;
