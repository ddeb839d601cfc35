/** npm run preview — serve the built site on http://localhost:4321. */
import { spawn } from "node:child_process";

const child = spawn("node_modules/.bin/astro", ["preview", "--port", "4321"], { stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 0));
