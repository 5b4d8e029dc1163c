/**
 * Gives every documented event (`@fires okta-success`) its event class as type, with a reference to the module
 * that declares the class, so wrapper generators can import the type. The classes are found by their
 * `static readonly eventName = '…'` (src/events/*.ts), so no element's JSDoc has to repeat the class name.
 */
export function eventTypes() {
  /** event name → { name: class name, module: source path } */
  const classes = new Map();
  return {
    name: 'okta-elements:event-types',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (
          ts.isPropertyDeclaration(member) && isStatic && member.name.getText() === 'eventName' &&
          member.initializer && ts.isStringLiteral(member.initializer)
        ) {
          classes.set(member.initializer.text, { name: node.name.text, module: moduleDoc.path });
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const klass = classes.get(event.name);
            if (!klass || event.type) continue;
            event.type = {
              text: klass.name,
              references: [{ name: klass.name, module: klass.module, start: 0, end: klass.name.length }],
            };
          }
        }
      }
    },
  };
}
