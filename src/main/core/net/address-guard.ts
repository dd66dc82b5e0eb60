import { BlockList, isIP } from 'node:net';
import { AppError } from '../../../shared/ipc/result';

/**
 * Which network addresses outbound page traffic (capture, render, watch) may reach. A job page must
 * never make Jobsmith talk to this computer, the local network or a cloud metadata service: loopback,
 * private, link-local, CGNAT, multicast, reserved, NAT64 and IPv4-mapped/compatible addresses are
 * refused. Only hosts the user (or a test) names explicitly may resolve to them.
 */
// Two lists: Node matches IPv4 queries against IPv6 rules too (via the mapped range).
const BLOCKED_V4 = new BlockList();
const BLOCKED_V6 = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  BLOCKED_V4.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 96], // unspecified, loopback and IPv4-compatible (::7f00:1)
  ['::ffff:0:0', 96], // IPv4-mapped
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48], // NAT64
  ['100::', 64],
  ['2001::', 32],
  ['2001:db8::', 32],
  ['2002::', 16], // discard, Teredo, documentation, 6to4
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  BLOCKED_V6.addSubnet(net, prefix, 'ipv6');

/** True when `address` (an IP literal) is one page traffic must not reach. */
export function isBlockedAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 0) return true; // not an address at all: refuse rather than guess
  return family === 4 ? BLOCKED_V4.check(bare, 'ipv4') : BLOCKED_V6.check(bare, 'ipv6');
}

/** Which hosts may resolve to a private address: an explicit list, or a check the user's settings answer. */
export type PrivateHostAllowance = readonly string[] | ((hostname: string) => boolean);

export function allowsPrivate(allowance: PrivateHostAllowance | undefined, hostname: string): boolean {
  if (!allowance) return false;
  const host = normaliseHost(hostname);
  return typeof allowance === 'function' ? allowance(host) : allowance.some((h) => normaliseHost(h) === host);
}

export function normaliseHost(hostname: string): string {
  return hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
}

export function blockedAddressError(hostname: string, address: string): AppError {
  return new AppError(
    'FORBIDDEN',
    `Jobsmith does not connect to ${hostname}: it points into this computer or a private network (${address}). Only a local model server you set up in Settings may be reached there.`,
    { host: hostname, address },
  );
}
