import { defineConfig } from "vite";
import obfuscator from "rollup-plugin-obfuscator";

export default defineConfig({
  build: {
    sourcemap: "hidden",
    rollupOptions: {
      plugins: [
        obfuscator({
          include: ["src/game/**/*.ts"],
          exclude: ["node_modules/**"],
          options: {
            compact: true,
            stringArray: true,
            stringArrayEncoding: ["base64"],
            stringArrayThreshold: 0.75,
            controlFlowFlattening: true,
            controlFlowFlatteningThreshold: 0.3,
            deadCodeInjection: false,
            selfDefending: false,
            debugProtection: false,
            renameGlobals: false,
          },
        }),
      ],
    },
  },
});
