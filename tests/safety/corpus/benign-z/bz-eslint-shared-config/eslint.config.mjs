import tseslint from "typescript-eslint";
import hooks from "eslint-plugin-react-hooks";
import headers from "eslint-plugin-headers";

// license header, stored base64 so the multi-line text survives YAML-based templating
const HEADER = Buffer.from("Q29weXJpZ2h0IChjKSBBY21lIExhYnMuClNQRFgtTGljZW5zZS1JZGVudGlmaWVyOiBBcGFjaGUtMi4w", "base64").toString("utf8");

export default tseslint.config(
  ...tseslint.configs.recommendedTypeChecked,
  {
    plugins: { "react-hooks": hooks, headers },
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "headers/header-format": ["error", { source: "string", content: HEADER }],
    },
  },
);
