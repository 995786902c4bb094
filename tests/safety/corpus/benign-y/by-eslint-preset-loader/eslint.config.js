import tseslint from "typescript-eslint";
import teamPreset from "@acme/eslint-preset";

export default [
  ...tseslint.configs.recommended,
  ...teamPreset,
  { rules: { "no-console": "warn", eqeqeq: "error" } },
];
