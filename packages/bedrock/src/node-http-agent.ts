import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { Socket } from 'node:net';

/**
 * How long a pooled keep-alive socket may sit idle before it is closed: the
 * default of undici's `keepAliveTimeout`, which `fetch` users get. A socket
 * kept longer may have been dropped silently by a NAT gateway or load
 * balancer, and the next request sent on it would hang until a watchdog
 * fires instead of opening a fresh connection.
 */
export const idleSocketMs = 4_000;

/**
 * The keep-alive agent {@link nodeHttpFetch} uses by default: unlimited
 * sockets (like `fetch`), idle sockets closed after {@link idleSocketMs} (or
 * sooner when the server's `Keep-Alive: timeout` hint says so, which Node
 * applies), no timeout on a socket in use (the facade's watchdog owns that).
 */
export function createNodeHttpAgent(protocol: 'http:' | 'https:'): HttpAgent {
  const agent = protocol === 'https:' ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  const keep = agent.keepSocketAlive.bind(agent) as unknown as (socket: Socket) => boolean;
  const reuse = agent.reuseSocket.bind(agent);
  // The agent destroys a free socket whose timeout fires; one in use only gets a 'timeout' event, so it is cleared on reuse.
  Object.assign(agent, {
    keepSocketAlive(socket: Socket): boolean {
      if (!keep(socket)) return false;
      if (!(socket.timeout !== undefined && socket.timeout > 0 && socket.timeout < idleSocketMs)) socket.setTimeout(idleSocketMs);
      return true;
    },
    reuseSocket(socket: Socket, request: Parameters<HttpAgent['reuseSocket']>[1]): void {
      socket.setTimeout(0);
      reuse(socket, request);
    },
  });
  return agent;
}
