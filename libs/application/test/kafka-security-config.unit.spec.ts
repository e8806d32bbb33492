import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, kafkaClientSecurity, loadConfig } from '@gongron/application';

function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('Kafka TLS and SASL from the environment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongron-kafka-security-'));
  const ca = join(dir, 'ca.pem');
  const passwordFile = join(dir, 'password');
  writeFileSync(ca, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
  writeFileSync(passwordFile, 's3cret\n');

  it('is plaintext without authentication when nothing is set', () => {
    expect(loadConfig({}).kafkaSecurity).toEqual({});
    expect(kafkaClientSecurity(loadConfig({}).kafkaSecurity)).toEqual({});
  });

  it('turns TLS on with a CA file and hands kafkajs its PEM, verifying the broker by default', () => {
    const config = loadConfig({ KAFKA_SSL_CA_FILE: ca });
    expect(config.kafkaSecurity.tls).toEqual({ caFile: ca, rejectUnauthorized: true });
    expect(kafkaClientSecurity(config.kafkaSecurity).ssl).toEqual({
      rejectUnauthorized: true,
      ca: [expect.stringContaining('BEGIN CERTIFICATE')],
    });
    expect(loadConfig({ KAFKA_SSL: 'true' }).kafkaSecurity.tls).toEqual({ rejectUnauthorized: true });
  });

  it('passes SASL/SCRAM credentials, the password read from its file', () => {
    const config = loadConfig({
      KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
      KAFKA_SASL_USERNAME: 'relay',
      KAFKA_SASL_PASSWORD_FILE: passwordFile,
      KAFKA_SSL: 'true',
    });
    expect(kafkaClientSecurity(config.kafkaSecurity).sasl).toEqual({ mechanism: 'scram-sha-512', username: 'relay', password: 's3cret' });
  });

  it.each([
    [{ KAFKA_SSL_CA_FILE: join(dir, 'missing.pem') }, 'KAFKA_SSL_CA_FILE'],
    [{ KAFKA_SSL_CERT_FILE: ca }, 'KAFKA_SSL_CERT_FILE and KAFKA_SSL_KEY_FILE'],
    [{ KAFKA_SSL: 'false', KAFKA_SSL_CA_FILE: ca }, 'KAFKA_SSL=false'],
    [{ KAFKA_SSL: 'maybe' }, 'KAFKA_SSL=maybe'],
    [{ KAFKA_SASL_MECHANISM: 'gssapi', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p' }, 'KAFKA_SASL_MECHANISM=gssapi'],
    [{ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_PASSWORD: 'p' }, 'KAFKA_SASL_USERNAME is required'],
    [{ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'u' }, 'KAFKA_SASL_PASSWORD or KAFKA_SASL_PASSWORD_FILE'],
    [
      { KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p', KAFKA_SASL_PASSWORD_FILE: passwordFile },
      'exactly one',
    ],
    [{ KAFKA_SASL_USERNAME: 'u' }, 'KAFKA_SASL_MECHANISM is required'],
  ])('refuses %j, naming %s', (env, named) => {
    expect(problemsOf(env).join('\n')).toContain(named);
  });
});
