import ts from 'typescript';

export interface Finding {
  file: string;
  line: number;
  rule: 'built-query-argument' | 'cypher-in-template';
  text: string;
}

/**
 * Methods that take Cypher text as their first argument. `read`/`write` count only with a second
 * argument (the parameters), which tells `db.read(query, params, row)` from `stream.write(text)`.
 * `cypher(name)` is not one: it picks a file under cypher/, it never makes query text.
 */
const QUERY_SINKS = new Set(['run', 'read', 'write', 'writeBatch', 'runSchemaStatement', 'executeQuery', 'executeRead', 'executeWrite']);
const NEEDS_PARAMS = new Set(['read', 'write']);

/** Cypher clause openings, upper case as our .cypher files write them. */
const CYPHER = /\b(MATCH|OPTIONAL MATCH|MERGE|UNWIND|DETACH DELETE|CREATE (?:INDEX|CONSTRAINT|\()|CALL db\.|RETURN [a-z(*])/;

const isBuilt = (node: ts.Node): boolean =>
  ts.isTemplateExpression(node) ||
  (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) ||
  (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ['concat', 'join', 'replace', 'replaceAll'].includes(node.expression.name.text)) ||
  // A hand-made CypherQuery: `{ name, text: ... }`.
  (ts.isObjectLiteralExpression(node) && node.properties.some((p) => ts.isPropertyAssignment(p) && isBuilt(p.initializer)));

/**
 * Finds query text assembled from values in TypeScript source: a template literal or `+`/concat/join
 * handed to a query method, and any template literal that holds Cypher. `allow` names functions whose
 * body may build text (only withLiteralDepth: an allow-listed integer depth). A constant string
 * literal is not built from values, so it is not reported here.
 */
export function findStringBuiltCypher(file: string, source: string, allow: ReadonlySet<string> = new Set(['withLiteralDepth'])): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const report = (node: ts.Node, rule: Finding['rule']) =>
    findings.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, rule, text: node.getText(sf).slice(0, 120) });

  const visit = (node: ts.Node, allowed: boolean) => {
    if (ts.isFunctionDeclaration(node) && node.name && allow.has(node.name.text)) allowed = true;
    if (!allowed) {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
        const first = node.arguments[0];
        if (QUERY_SINKS.has(name) && first && (!NEEDS_PARAMS.has(name) || node.arguments.length >= 2)) {
          if (isBuilt(first)) report(first, 'built-query-argument');
        }
      }
      if ((ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node)) && CYPHER.test(node.getText(sf))) {
        report(node, 'cypher-in-template');
      }
    }
    ts.forEachChild(node, (child) => visit(child, allowed));
  };
  visit(sf, false);
  return findings;
}
