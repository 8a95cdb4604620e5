import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
    testTimeout: 30_000,
    // Frames carry their styles, so tests can check highlighting; the NO_COLOR test turns colour off itself.
    env: { FORCE_COLOR: "1" },
  },
});
