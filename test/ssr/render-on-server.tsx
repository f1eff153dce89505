// Renders every scenario as a server would: a Node process with no DOM (run with `tsx`).
// Prints one JSON line: the HTML per scenario, and whatever React or the kit logged.
import { renderToString } from 'react-dom/server';
import { scenarios } from './scenarios';

const logs: string[] = [];
for (const level of ['error', 'warn'] as const) {
  console[level] = (...args: unknown[]) => logs.push(`console.${level}: ${args.map(String).join(' ')}`);
}
const html: Record<string, string> = {};
for (const [name, scenario] of Object.entries(scenarios)) {
  try {
    html[name] = renderToString(scenario());
  } catch (error) {
    logs.push(`${name} threw: ${error instanceof Error ? error.stack : String(error)}`);
  }
}
process.stdout.write(`${JSON.stringify({ dom: typeof document, html, logs })}\n`);
