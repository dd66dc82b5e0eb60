import { app, BrowserWindow, dialog } from 'electron';
import { AppError } from '../../shared/ipc/result';
import type { Core } from '../core/app-core';
import { DEEP_LINK_SCHEME, parseCaptureDeepLink } from '../core/jobs/deep-link';

const PREFIX = `${DEEP_LINK_SCHEME}://`;

/** Links in a command line (Windows/Linux pass them to the new process or the second instance). */
export function linksInArgv(argv: readonly string[]): string[] {
  return argv.filter((arg) => arg.toLowerCase().startsWith(PREFIX));
}

/**
 * `jobsmith://capture?url=…` from the browser: the link is validated (public http(s) pages only),
 * the user confirms, then the page is captured like a URL typed in the Jobs screen.
 */
export async function handleDeepLink(core: Core, link: string): Promise<void> {
  const notify = (level: 'success' | 'error' | 'info', title: string, body?: string) =>
    core.events.emit('notification', { level, title, ...(body ? { body } : {}) });
  let url: string;
  try {
    ({ url } = parseCaptureDeepLink(link));
  } catch (error) {
    notify('error', 'Capture link refused', (error as Error).message);
    return;
  }
  const window = BrowserWindow.getAllWindows()[0];
  const options = {
    type: 'question' as const,
    title: 'Capture a job posting',
    message: 'Save this job posting in Jobsmith?',
    detail: url,
    buttons: ['Capture', 'Cancel'],
    defaultId: 0,
    cancelId: 1,
  };
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  if (response !== 0) return;
  try {
    const { job, duplicate } = await core.jobs.add({ kind: 'url', url });
    notify(
      'success',
      duplicate ? 'Already saved' : 'Job captured',
      `${job.title}${job.company ? ` — ${job.company}` : ''}`,
    );
  } catch (error) {
    notify('error', 'Could not capture the page', error instanceof AppError ? error.message : String(error));
  }
}

/**
 * Registers the scheme with the OS and routes every way a link can arrive to `handleDeepLink`.
 * Links that arrive before the core is open wait until `ready(core)`.
 */
export function registerDeepLinks(): { ready(core: Core): void } {
  if (process.defaultApp && process.argv[1]) {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [process.argv[1]]); // eng-disable PROTOCOL_HANDLER_JS_CHECK -- jobsmith:// links are parsed and validated in core/jobs/deep-link.ts
  } else {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME); // eng-disable PROTOCOL_HANDLER_JS_CHECK -- jobsmith:// links are parsed and validated in core/jobs/deep-link.ts
  }
  let core: Core | undefined;
  const pending: string[] = linksInArgv(process.argv);
  const dispatchLink = (link: string) => {
    if (core) void handleDeepLink(core, link);
    else pending.push(link);
  };
  app.on('open-url', (event, link) => {
    event.preventDefault();
    dispatchLink(link);
  });
  app.on('second-instance', (_event, argv) => linksInArgv(argv).forEach(dispatchLink));
  return {
    ready(opened) {
      core = opened;
      pending.splice(0).forEach(dispatchLink);
    },
  };
}
