import { defineConfig } from "vite";

// Built into the gateway's classes: Quarkus serves META-INF/resources, the gateway's DashboardRoute sets the caching.
// Hashed file names under assets/ (Vite's default) are what makes them cacheable for a year.
// For work on the page: `npm run dev` serves it with the API of a running suite behind the same origin.
const gateway = { "/api": process.env.CIVIC_BASE_URL ?? "http://localhost:8080" };

export default defineConfig({
  base: "/dashboard/",
  server: { proxy: gateway },
  preview: { proxy: gateway },
  build: {
    outDir: "../../../target/classes/META-INF/resources/dashboard",
    emptyOutDir: true,
    target: "es2022",
    // no inline data: URLs or inline scripts: the page's Content-Security-Policy allows files of this origin only
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
  },
});
