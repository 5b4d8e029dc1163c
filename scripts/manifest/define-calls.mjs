/**
 * Elements register through `defineElement(tag, Class)` (src/internal/define.ts), a call the analyzer does not
 * know: this plugin records a `custom-element-definition` export for each such call, so tools see every tag.
 * The analyzer's own reading of `customElements.define(tag, ctor)` inside defineElement (a "tag" named `tag`)
 * is dropped: a definition must name a class the manifest declares.
 */
export function defineElementCalls() {
  return {
    name: 'okta-elements:define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: klass.text, module: moduleDoc.path },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      const declared = new Set();
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) if (d.kind === 'class') declared.add(`${mod.path}#${d.name}`);
      }
      for (const mod of customElementsManifest.modules) {
        mod.exports = mod.exports?.filter(
          (e) => e.kind !== 'custom-element-definition' || declared.has(`${e.declaration.module}#${e.declaration.name}`),
        );
      }
    },
  };
}
