// A TCP proxy on 127.0.0.1 that passes requests through at once and answers in small pieces with
// pauses: a slow link that keeps moving (for tests of "no progress" timeouts).
import net from 'node:net';

export interface SlowProxy {
  url: string;
  close(): Promise<void>;
}

export async function startSlowProxy(
  target: { host: string; port: number },
  { pieceBytes = 16 * 1024, pauseMs = 100 } = {},
): Promise<SlowProxy> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream);
    const queue: Buffer[] = [];
    let sending = false;
    const pump = (): void => {
      const piece = queue.shift();
      if (!piece) return void (sending = false);
      client.write(piece);
      setTimeout(pump, pauseMs);
    };
    upstream.on('data', (data: Buffer) => {
      for (let i = 0; i < data.length; i += pieceBytes)
        queue.push(data.subarray(i, i + pieceBytes));
      if (!sending) {
        sending = true;
        pump();
      }
    });
    upstream.on('end', () => {
      const finish = (): void =>
        queue.length ? void setTimeout(finish, pauseMs) : void client.end();
      finish();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
