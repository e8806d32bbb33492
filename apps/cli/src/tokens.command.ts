/** `tokens create|list|rotate|revoke`: access tokens for the API, straight in the SQL database. */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { formatTable } from './table.js';
import {
  AccessTokenService,
  buildEventTypeRegistry,
  loadConfig,
  openConfiguredSqlDatabase,
  openStores,
  TokenSpecError,
} from '@gongron/application';
import { bodyCodes, funders, tokenRoles } from '@gongron/domain';

function parseDays(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 3650) {
    throw new InvalidArgumentError('expected a whole number of days from 1 to 3650');
  }
  return Number(value);
}

async function withTokens<T>(work: (tokens: AccessTokenService) => Promise<T>): Promise<T> {
  const config = loadConfig();
  // The log's key table seals each token's name under its holder's key, as the API does.
  const stores = await openStores(config, buildEventTypeRegistry());
  const sql = openConfiguredSqlDatabase(config);
  try {
    const subjectKeys = stores.store.subjectKeys;
    return await work(
      new AccessTokenService(sql, {
        ttlDays: config.tokenTtlDays,
        organisation: config.organisation,
        ...(subjectKeys ? { subjectKeys } : {}),
      }),
    );
  } finally {
    await sql.close();
    await stores.close();
  }
}

export function registerTokenCommands(program: Command): void {
  const tokens = program.command('tokens').description('access tokens for the API (shown once, stored hashed)');

  tokens
    .command('create')
    .description('issue a token; the secret is printed once')
    .addOption(new Option('--role <role>', 'who the token is for').choices([...tokenRoles]).makeOptionMandatory())
    .option('--district <code>', 'district code, for a secretary or an official (e.g. suwon)')
    .addOption(new Option('--body <body>', 'council body, for a secretary').choices([...bodyCodes]))
    .option(
      '--council <code>',
      "civic council, for a civic council secretary where the district has several (default: the district's first)",
    )
    .addOption(new Option('--party <party>', 'party, for an official').choices([...funders]))
    .option('--name <name>', 'who holds it (shown on the events it signs)')
    .option('--ttl-days <days>', 'days until it expires (default GONGRON_TOKEN_TTL_DAYS, 90)', parseDays)
    .option('--json', 'print the issued token as JSON')
    .action(
      async (options: {
        role: string;
        district?: string;
        body?: string;
        council?: string;
        party?: string;
        name?: string;
        ttlDays?: number;
        json?: boolean;
      }) => {
        try {
          const issued = await withTokens((service) =>
            service.create(
              {
                role: options.role,
                ...(options.district !== undefined ? { district: options.district } : {}),
                ...(options.body !== undefined ? { body: options.body } : {}),
                ...(options.council !== undefined ? { council: options.council } : {}),
                ...(options.party !== undefined ? { party: options.party } : {}),
                ...(options.name !== undefined ? { name: options.name } : {}),
              },
              options.ttlDays !== undefined ? { ttlDays: options.ttlDays } : {},
            ),
          );
          if (options.json) {
            process.stdout.write(`${JSON.stringify(issued)}\n`);
            return;
          }
          const scope = [issued.district, issued.body, issued.council, issued.party].filter(Boolean).join(' / ');
          process.stdout.write(
            `Token ${issued.id} (${issued.role}${scope ? `: ${scope}` : ''}), valid until ${issued.expiresAt}. Shown only this once:\n  ${issued.token}\n`,
          );
        } catch (error) {
          if (error instanceof TokenSpecError) {
            for (const problem of error.problems) process.stderr.write(`--${problem.field}: ${problem.message}\n`);
            process.exitCode = 2;
            return;
          }
          throw error;
        }
      },
    );

  tokens
    .command('list')
    .description('tokens (never their secrets)')
    .option('--all', 'include revoked tokens')
    .option('--json', 'print JSON')
    .action(async (options: { all?: boolean; json?: boolean }) => {
      const records = await withTokens((service) => service.list({ includeRevoked: options.all === true }));
      if (options.json) {
        process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
        return;
      }
      if (records.length === 0) {
        process.stdout.write('No tokens.\n');
        return;
      }
      const now = Date.now();
      const status = (r: (typeof records)[number]) =>
        r.revokedAt ? `revoked ${r.revokedAt}` : r.expiresAt && Date.parse(r.expiresAt) <= now ? `expired ${r.expiresAt}` : 'active';
      const rows = records.map((r) => [
        r.id,
        r.role,
        r.district ?? '',
        r.body ?? r.party ?? '',
        r.name ?? '',
        r.createdAt,
        r.expiresAt ?? '',
        status(r),
      ]);
      process.stdout.write(`${formatTable(['id', 'role', 'district', 'body/party', 'name', 'created', 'expires', 'status'], rows)}\n`);
    });

  tokens
    .command('rotate <id>')
    .description('issue a successor with the same role and scope, and revoke the old token at once')
    .option('--ttl-days <days>', 'days until the new token expires (default GONGRON_TOKEN_TTL_DAYS, 90)', parseDays)
    .option('--json', 'print the new token as JSON')
    .action(async (id: string, options: { ttlDays?: number; json?: boolean }) => {
      const rotated = await withTokens((service) => service.rotate(id, options.ttlDays !== undefined ? { ttlDays: options.ttlDays } : {}));
      if (!rotated) {
        process.stderr.write(`No active token has the id ${id} (tokens list --all shows revoked ones).\n`);
        process.exitCode = 1;
        return;
      }
      if (options.json) {
        process.stdout.write(`${JSON.stringify(rotated.issued)}\n`);
        return;
      }
      process.stdout.write(
        `Token ${rotated.revoked.id} revoked at ${rotated.revoked.revokedAt}.\n` +
          `Its successor ${rotated.issued.id} (${rotated.issued.role}), valid until ${rotated.issued.expiresAt}. Shown only this once:\n  ${rotated.issued.token}\n`,
      );
    });

  tokens
    .command('revoke <id>')
    .description('revoke a token: the API answers it with 401 from now on')
    .action(async (id: string) => {
      const revoked = await withTokens((service) => service.revoke(id));
      if (!revoked) {
        process.stderr.write(`No token has the id ${id}.\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`Token ${revoked.id} revoked at ${revoked.revokedAt}.\n`);
    });
}
