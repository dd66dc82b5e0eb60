import { describe, expect, it } from 'vitest';
import { parseCaptureDeepLink } from './deep-link';

const link = (url: string): string => `jobsmith://capture?url=${encodeURIComponent(url)}`;

describe('jobsmith://capture deep links', () => {
  it('accepts a public job page and drops the fragment', () => {
    expect(parseCaptureDeepLink(link('https://jobs.lever.co/acme/123?lever-source=x#apply'))).toEqual({
      url: 'https://jobs.lever.co/acme/123?lever-source=x',
    });
    expect(parseCaptureDeepLink('jobsmith:capture?url=https%3A%2F%2Fexample.com%2Fjob')).toEqual({
      url: 'https://example.com/job',
    });
  });

  it.each([
    ['another scheme', 'https://capture?url=https://example.com'],
    ['another action', 'jobsmith://delete?url=https://example.com'],
    ['no url', 'jobsmith://capture'],
    ['two urls', 'jobsmith://capture?url=https://a.com&url=https://b.com'],
    ['javascript:', link('javascript:alert(1)')],
    ['file:', link('file:///etc/passwd')],
    ['credentials', link('https://user:pw@example.com/job')],
    ['localhost', link('http://localhost:8080/admin')],
    ['loopback IP', link('http://127.0.0.1/')],
    ['LAN address', link('http://192.168.1.1/setup')],
    ['link-local metadata', link('http://169.254.169.254/latest/meta-data')],
    ['IPv6 loopback', link('http://[::1]/')],
    ['single-label host', link('http://router/')],
    ['garbage', 'not a link'],
  ])('rejects %s', (_why, input) => {
    expect(() => parseCaptureDeepLink(input)).toThrow();
  });
});
