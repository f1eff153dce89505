// A Node module hook that records every bare specifier resolved, for tests that check what a
// package entry loads. Registered with `node --import <this file>`; prints the list on exit.
import { register } from 'node:module';

const seen = new Set();
const { port1, port2 } = new MessageChannel();
port1.on('message', (specifier) => seen.add(specifier));
port1.unref();
register(
  'data:text/javascript,' +
    encodeURIComponent(`
      let port;
      export function initialize(data) { port = data.port; }
      export async function resolve(specifier, context, next) {
        if (!specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.startsWith('file:') && !specifier.startsWith('node:')) port.postMessage(specifier);
        return next(specifier, context);
      }`),
  { data: { port: port2 }, transferList: [port2] },
);
process.on('exit', () => process.stdout.write(`\nIMPORTS ${JSON.stringify([...seen].sort())}\n`));
