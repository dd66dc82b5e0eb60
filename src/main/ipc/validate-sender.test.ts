import type { WebFrameMain } from 'electron';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isTrustedAppUrl, validateSender } from './validate-sender';

const RENDERER = '/opt/Jobsmith/resources/app.asar/out/renderer/index.html';
const PAGE = pathToFileURL(RENDERER).href;
const DEV = 'http://localhost:5173';

describe('isTrustedAppUrl (packaged app: the built renderer file)', () => {
  it("trusts the app's own page, with any query or route hash", () => {
    expect(isTrustedAppUrl(PAGE, undefined, RENDERER)).toBe(true);
    expect(isTrustedAppUrl(`${PAGE}#/jobs/42`, undefined, RENDERER)).toBe(true);
    expect(isTrustedAppUrl(`${PAGE}?tab=ai`, undefined, RENDERER)).toBe(true);
  });

  it('refuses other files, including a copy whose path only ends like the real one', () => {
    expect(isTrustedAppUrl('file:///tmp/evil.html', undefined, RENDERER)).toBe(false);
    expect(isTrustedAppUrl(`file:///tmp${RENDERER}`, undefined, RENDERER)).toBe(false);
    expect(isTrustedAppUrl(pathToFileURL('/opt/Jobsmith/resources/app.asar/out/renderer/other.html').href, undefined, RENDERER)).toBe(false);
    expect(isTrustedAppUrl('file://evil-server/opt/Jobsmith/resources/app.asar/out/renderer/index.html', undefined, RENDERER)).toBe(false);
  });

  it('refuses the web, other schemes and garbage', () => {
    expect(isTrustedAppUrl('https://example.com/index.html', undefined, RENDERER)).toBe(false);
    expect(isTrustedAppUrl(`${DEV}/`, undefined, RENDERER)).toBe(false);
    expect(isTrustedAppUrl('javascript:alert(1)', undefined, RENDERER)).toBe(false);
    expect(isTrustedAppUrl('data:text/html,<h1>hi</h1>', undefined, RENDERER)).toBe(false);
    expect(isTrustedAppUrl('about:blank', undefined, RENDERER)).toBe(false);
    expect(isTrustedAppUrl('not a url', undefined, RENDERER)).toBe(false);
    expect(isTrustedAppUrl('', undefined, RENDERER)).toBe(false);
    expect(isTrustedAppUrl('file:///opt/Jobsmith/%E0%A4%A', undefined, RENDERER)).toBe(false);
  });

  it('matches Windows paths (drive letter, backslashes) and percent-encoded characters', () => {
    const windows = 'C:\\Program Files\\Jobsmith\\resources\\app.asar\\out\\renderer\\index.html';
    expect(isTrustedAppUrl('file:///C:/Program%20Files/Jobsmith/resources/app.asar/out/renderer/index.html', undefined, windows)).toBe(true);
    expect(isTrustedAppUrl('file:///D:/Program%20Files/Jobsmith/resources/app.asar/out/renderer/index.html', undefined, windows)).toBe(false);
    const unc = '\\\\server\\share\\Jobsmith\\index.html';
    expect(isTrustedAppUrl('file://server/share/Jobsmith/index.html', undefined, unc)).toBe(true);
    expect(isTrustedAppUrl('file://other/share/Jobsmith/index.html', undefined, unc)).toBe(false);
  });
});

describe('isTrustedAppUrl (development: the renderer dev server)', () => {
  it('trusts only the dev server origin', () => {
    expect(isTrustedAppUrl(`${DEV}/`, DEV, RENDERER)).toBe(true);
    expect(isTrustedAppUrl(`${DEV}/#/profile`, DEV, RENDERER)).toBe(true);
    expect(isTrustedAppUrl('http://localhost:5174/', DEV, RENDERER)).toBe(false);
    expect(isTrustedAppUrl('https://localhost:5173/', DEV, RENDERER)).toBe(false);
    expect(isTrustedAppUrl('http://localhost.evil.com:5173/', DEV, RENDERER)).toBe(false);
    expect(isTrustedAppUrl(PAGE, DEV, RENDERER)).toBe(false);
  });
});

describe('validateSender', () => {
  const frame = (url: string, parent: unknown = null) => ({ url, parent }) as unknown as WebFrameMain;

  it('accepts the top frame showing the app and refuses sub-frames and missing frames', () => {
    expect(validateSender(frame(PAGE), undefined, RENDERER)).toBe(true);
    expect(validateSender(frame(PAGE, frame(PAGE)), undefined, RENDERER)).toBe(false);
    expect(validateSender(frame('https://example.com/'), undefined, RENDERER)).toBe(false);
    expect(validateSender(null, undefined, RENDERER)).toBe(false);
    expect(validateSender(undefined, undefined, RENDERER)).toBe(false);
  });
});
