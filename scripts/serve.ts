/** npm run preview — serve the built site on http://localhost:4321. */
import { spawn } from "node:child_process";

const child = spawn("node_modules/.bin/astro", ["preview", "--port", "4321"], { stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 0));
// Stopping this script stops the server too: a server left behind would keep port 4321, and the
// next preview would move to another port while the old one served a stale or deleted dist/.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => child.kill(signal));
}
