// @ts-check
// Onderhoud: regels afstemmen met het frontend-team vóór elke major upgrade.
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';

export default tseslint.config(
  ...tseslint.configs.recommended,
  {
    plugins: { react },
    settings: { react: { version: 'detect' } },
    rules: {
      'react/jsx-key': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
