// Watches the HTTP requests of a client we cannot pass a signal to (@actions/cache): how many
// bytes its transfers moved, and — once we gave up on it — letting its sockets no longer keep the
// process alive, so a server that accepted and never answered cannot hold the step open.
import diagnostics from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';

export interface RequestWatch {
  /** Bytes moved by the matching requests that carry data (not by their API calls). */
  transferredBytes(): number;
  /** From now on the matching requests, live and future, do not keep the process alive. */
  abandon(): void;
}

interface Options {
  /** The client's requests, e.g. by their user agent. */
  matches(req: ClientRequest): boolean;
  /** Requests whose bytes are progress (uploads and downloads, not API calls that may hang). */
  carriesData(req: ClientRequest): boolean;
}

const socketBytes = (req: ClientRequest): number =>
  (req.socket?.bytesRead ?? 0) + (req.socket?.bytesWritten ?? 0);

export function watchRequests({ matches, carriesData }: Options): RequestWatch {
  const live = new Set<ClientRequest>();
  const transfers = new Set<ClientRequest>();
  let finishedBytes = 0;
  let abandoned = false;
  const release = (req: ClientRequest): void => {
    req.socket?.unref();
    req.once('socket', (socket) => socket.unref());
  };
  diagnostics.subscribe('http.client.request.start', (message) => {
    const req = (message as { request: ClientRequest }).request;
    if (!matches(req)) return;
    if (abandoned) return release(req);
    live.add(req);
    if (carriesData(req)) transfers.add(req);
    req.once('close', () => {
      if (transfers.delete(req)) finishedBytes += socketBytes(req);
      live.delete(req);
    });
  });
  return {
    transferredBytes: () => [...transfers].reduce((n, req) => n + socketBytes(req), finishedBytes),
    abandon() {
      abandoned = true;
      for (const req of live) release(req);
    },
  };
}
