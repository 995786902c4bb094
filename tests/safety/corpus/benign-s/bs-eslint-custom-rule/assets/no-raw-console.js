"use strict";

module.exports = {
  meta: {
    type: "suggestion",
    docs: { description: "disallow console.* outside src/cli" },
    schema: [],
  },
  create(context) {
    const file = context.filename || context.getFilename();
    if (file.includes("/src/cli/")) return {};
    return {
      MemberExpression(node) {
        if (node.object.name === "console") {
          context.report({ node, message: "Use the logger instead of console.{{p}}", data: { p: node.property.name } });
        }
      },
    };
  },
};
