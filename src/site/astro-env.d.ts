// Lets `npm run typecheck` (plain tsc) see Astro's virtual modules and `import.meta.env`.
/// <reference types="astro/client" />
