import { execFileSync } from 'node:child_process';

export default async function globalTeardown() {
  if (globalThis.__GONGRON_STARTED_KAFKA__) {
    execFileSync('bash', ['docker/kafka/kafka.sh', 'stop'], { stdio: 'inherit', env: globalThis.__GONGRON_STARTED_KAFKA__ });
  }
}
