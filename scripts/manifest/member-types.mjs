/**
 * Types a generator can use as they stand, with nothing to import:
 * - a Lit property declared `@property({ type: Number })` with no annotation (its initializer a constant) gets
 *   `number` (likewise Boolean, String);
 * - a string-literal union alias (`EntryFlow`, `TransactionStorage`) is written out (`'login' | 'recover' | …`),
 *   since the alias may not be exported from the package root;
 * - an attribute with no property behind it (`lang`, observed by hand) is a `string`, as every attribute value is.
 */
export function memberTypes() {
  /** "source path#Class#field" → type text */
  const decoratorTypes = new Map();
  /** alias name → written-out union; null when two modules define the name differently */
  const aliases = new Map();
  const LIT_TYPES = { Number: 'number', Boolean: 'boolean', String: 'string' };

  return {
    name: 'okta-elements:member-types',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isTypeAliasDeclaration(node) && ts.isUnionTypeNode(node.type) && node.type.types.every((t) => ts.isLiteralTypeNode(t))) {
        const text = node.type.types.map((t) => t.getText()).join(' | ');
        const name = node.name.text;
        aliases.set(name, aliases.has(name) && aliases.get(name) !== text ? null : text);
        return;
      }
      if (!ts.isPropertyDeclaration(node) || node.type || !ts.isClassDeclaration(node.parent) || !node.parent.name) return;
      for (const decorator of ts.getDecorators?.(node) ?? []) {
        const call = decorator.expression;
        if (!ts.isCallExpression(call) || call.expression.getText() !== 'property') continue;
        const options = call.arguments[0];
        if (!options || !ts.isObjectLiteralExpression(options)) continue;
        const typeOption = options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'type');
        const type = typeOption && LIT_TYPES[typeOption.initializer.getText()];
        if (type) decoratorTypes.set(`${moduleDoc.path}#${node.parent.name.text}#${node.name.getText()}`, type);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const expand = (type) => {
        if (!type?.text || /[<>()[\]{}]/.test(type.text)) return;
        const parts = type.text.split('|').map((part) => part.trim());
        if (!parts.some((part) => aliases.get(part))) return;
        type.text = parts.map((part) => aliases.get(part) ?? part).join(' | ');
      };
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          for (const member of declaration.members ?? []) {
            const origin = member.inheritedFrom ? `${member.inheritedFrom.module}#${member.inheritedFrom.name}` : `${mod.path}#${declaration.name}`;
            const type = decoratorTypes.get(`${origin}#${member.name}`);
            if (!member.type && type) member.type = { text: type };
            expand(member.type);
          }
          for (const attribute of declaration.attributes ?? []) {
            const field = declaration.members?.find((m) => m.name === attribute.fieldName);
            if (!attribute.type) attribute.type = field?.type ? { ...field.type } : { text: 'string' };
            expand(attribute.type);
          }
        }
      }
    },
  };
}
