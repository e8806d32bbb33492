// Starts what the server suites need, once per `npm test`, when it is not already there:
// a real Kafka broker from Maven Central jars (docker/kafka/kafka.sh). PostgreSQL is expected
// to run already (.ci/run starts it); suites without their server skip loudly, or fail under CI=true.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

function listening(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(1500);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

export default async function globalSetup() {
  // Only the full run (`npm test`) starts services; a targeted `jest <path>` does not.
  if (process.env.GONGRON_START_SERVICES !== '1') return;
  // A broker named in KAFKA_BROKERS on this machine is started there; a remote one is left alone.
  const brokers = (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(',');
  const local = brokers.length === 1 ? /^(127\.0\.0\.1|localhost):(\d+)$/.exec(brokers[0].trim()) : null;
  if (!local) return;
  const port = Number(local[2]);
  if (await listening('127.0.0.1', port)) return;
  const script = 'docker/kafka/kafka.sh';
  if (!existsSync(script) || !has('java') || !has('mvn')) {
    console.warn('\n*** Kafka broker not started: Java 17 and Maven are needed to run it from Maven Central jars. ***\n');
    return;
  }
  console.log(`\nStarting a local Kafka broker on 127.0.0.1:${port} for the Kafka suites (docker/kafka/kafka.sh start)…`);
  const env = { ...process.env, KAFKA_LOCAL_PORT: String(port) };
  execFileSync('bash', [script, 'start'], { stdio: 'inherit', env });
  globalThis.__GONGRON_STARTED_KAFKA__ = env;
}
