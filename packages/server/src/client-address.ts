import { isIPv4, isIPv6 } from 'node:net';

/**
 * The client's address as seen through `hops` proxies of our own. Each proxy appends the address
 * it was reached from to `X-Forwarded-For`, so the entry our outermost proxy wrote is the
 * `hops`th from the right; everything left of it came from the client and is ignored. With no
 * proxies, or fewer entries than proxies (a request that went round them), the socket's address.
 */
export function clientAddress(socket: string, forwardedFor: string | undefined, hops: number): string {
  if (hops > 0 && forwardedFor) {
    const entries = forwardedFor.split(',').map((entry) => entry.trim());
    const entry = entries[entries.length - hops];
    if (entry !== undefined) return throttleAddress(entry);
  }
  return throttleAddress(socket);
}

/**
 * One spelling per client for the per-client limits: an IPv4 address as itself (also when
 * written IPv4-mapped, `::ffff:192.0.2.1`, or with a port), an IPv6 address as its /64 network
 * (one subscriber's whole allocation: changing the last 64 bits must not reset a limit).
 * Anything else (a proxy that writes `unknown`) is one client for all such requests.
 */
export function throttleAddress(raw: string): string {
  let address = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.indexOf(':')); // IPv4 with a port
  address = address.replace(/%.*$/, ''); // an IPv6 zone
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return 'unparsable';
  const groups = ipv6Groups(address);
  if (groups.slice(0, 5).every((g) => g === '0') && groups[5] === 'ffff') {
    const [high, low] = [parseInt(groups[6] ?? '0', 16), parseInt(groups[7] ?? '0', 16)];
    return [high >> 8, high & 255, low >> 8, low & 255].join('.'); // IPv4-mapped
  }
  return `${groups.slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros. */
function ipv6Groups(address: string): string[] {
  let text = address;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const middle = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].map((group) => parseInt(group, 16).toString(16));
}
