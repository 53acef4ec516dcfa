// Read by `cem analyze` (npm run analyze, and the manifest freshness test) from the project root.
import { posix } from 'node:path';

/**
 * The elements register through `define('tag', Class)` (src/core/define.ts), which the analyzer does not know, so it
 * would leave out the `custom-element-definition` exports that the manifest schema asks of self-registering elements
 * and that IDE and framework tools read. This adds one per `define()` call, pointing at the imported class's module.
 */
function defineCalls() {
  return {
    name: 'glute-knots-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      const source = node.getSourceFile();
      let module = moduleDoc.path;
      for (const statement of source.statements) {
        const named = ts.isImportDeclaration(statement) && statement.importClause?.namedBindings;
        if (named && ts.isNamedImports(named) && named.elements.some((e) => e.name.text === element.text)) {
          const from = statement.moduleSpecifier.text;
          if (from.startsWith('.')) module = posix.join(posix.dirname(moduleDoc.path), from).replace(/\.js$/, '.ts');
        }
      }
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module } });
    },
  };
}

/** The analyzer lists modules in the order its file walk finishes, which varies; sort them so the file is stable. */
function sortModules() {
  return {
    name: 'glute-knots-sort-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  // package.json already names the manifest (`customElements`); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [defineCalls(), sortModules()],
};
