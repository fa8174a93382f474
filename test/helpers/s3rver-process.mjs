// Runs s3rver (an S3-compatible server) in its own process, on 127.0.0.1, storing objects under
// the directory given. Prints {"port": N} on stdout once it listens; exits on SIGTERM.
// Usage: node s3rver-process.mjs DIR BUCKET...
import S3rver from 's3rver';

const [dir, ...buckets] = process.argv.slice(2);
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  directory: dir,
  silent: true,
  configureBuckets: buckets.map((name) => ({ name })),
});
const { port } = await server.run();
process.stdout.write(`${JSON.stringify({ port })}\n`);
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
