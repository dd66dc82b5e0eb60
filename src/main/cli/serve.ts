import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandGroup } from './context';

/** The repository's built renderer: found upward from this module, from its source (src/main/cli) or its build (out/cli). */
function defaultRenderer(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'out/renderer');
}

export const registerServeCommand: CommandGroup = (program, ctx) => {
  program
    .command('serve')
    .description('serve the app on 127.0.0.1 for a browser (the loopback bridge) and print its URL')
    .option('--port <port>', 'port to listen on (default: a free one)', (v) => Number.parseInt(v, 10), 0)
    .option('--renderer <dir>', 'built renderer to serve', defaultRenderer())
    .option('--json', 'print {url, appUrl, token} as one JSON line')
    .action(async (opts: { port: number; renderer: string; json?: boolean }) => {
      const core = ctx.core();
      const [{ startBridge }, { handlers }] = await Promise.all([
        import('../bridge/bridge-server'),
        import('../handlers'),
      ]);
      if (!existsSync(path.join(opts.renderer, 'index.html'))) {
        console.error(`No built renderer in ${opts.renderer}: run \`npm run build\` first. Serving the API only.`);
      }
      const bridge = await startBridge({ core, handlers, port: opts.port, staticDir: opts.renderer });
      // The app in a browser: due reminders fire (as `notification` events) like in the desktop app.
      const stopReminders = core.applications.reminders.start(60_000);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ url: bridge.url, appUrl: bridge.appUrl, token: bridge.token })}\n`);
      } else {
        console.log(`Jobsmith is running at ${bridge.appUrl}`);
        console.log(`Data folder: ${core.dataDir}`);
        console.log('Open the URL in a browser on this machine. Press Ctrl+C to stop.');
      }
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      stopReminders();
      await bridge.close();
    });
};
