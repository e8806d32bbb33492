/**
 * Read-only calendar links: each feed (a district and one of its bodies) has a secret key of its
 * own, shown once when the link is made. The key opens that one calendar and nothing else — it
 * is no access token, is stored only as its SHA-256, and a revoked feed's link stops working at
 * once. Secretaries and officials make and revoke the links of their own district.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { BusinessClock, SQL_DATABASE, type SqlDatabase } from '@gongron/application';

export const CALENDAR_FEEDS = 'calendar_feeds';

export interface CalendarFeed {
  readonly feedId: string;
  readonly district: string;
  readonly body: string;
  readonly label: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

export interface IssuedCalendarFeed extends CalendarFeed {
  /** The secret, shown once: `grcal_` and 43 base64url characters. */
  readonly key: string;
}

type Row = Record<string, unknown>;

const hashOf = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');
const KEY_SHAPE = /^grcal_[A-Za-z0-9_-]{43}$/;

function feedOf(row: Row): CalendarFeed {
  return {
    feedId: String(row.feed_id),
    district: String(row.district),
    body: String(row.body),
    label: row.label === null || row.label === undefined ? null : String(row.label),
    createdBy: String(row.created_by),
    createdAt: String(row.created_at),
    revokedAt: row.revoked_at === null || row.revoked_at === undefined ? null : String(row.revoked_at),
  };
}

@Injectable()
export class CalendarFeeds implements OnModuleInit {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDatabase,
    @Inject(BusinessClock) private readonly clock: BusinessClock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.sql.db.schema
      .createTable(CALENDAR_FEEDS)
      .ifNotExists()
      .addColumn('feed_id', 'text', (c) => c.primaryKey())
      .addColumn('key_hash', 'text', (c) => c.notNull().unique())
      .addColumn('district', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('label', 'text')
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
  }

  async issue(district: string, body: string, createdBy: string, label?: string): Promise<IssuedCalendarFeed> {
    const key = `grcal_${randomBytes(32).toString('base64url')}`;
    const feed: CalendarFeed = {
      feedId: randomUUID(),
      district,
      body,
      label: label ?? null,
      createdBy,
      createdAt: this.clock.instant().toISOString(),
      revokedAt: null,
    };
    await this.sql.db
      .insertInto(CALENDAR_FEEDS)
      .values({
        feed_id: feed.feedId,
        key_hash: hashOf(key),
        district,
        body,
        label: feed.label,
        created_by: createdBy,
        created_at: feed.createdAt,
        revoked_at: null,
      })
      .execute();
    return { ...feed, key };
  }

  async list(district: string | undefined): Promise<CalendarFeed[]> {
    let query = this.sql.db.selectFrom(CALENDAR_FEEDS).selectAll();
    if (district !== undefined) query = query.where('district', '=', district);
    return ((await query.orderBy('created_at').orderBy('feed_id').execute()) as Row[]).map(feedOf);
  }

  async find(feedId: string): Promise<CalendarFeed | undefined> {
    const row = (await this.sql.db.selectFrom(CALENDAR_FEEDS).selectAll().where('feed_id', '=', feedId).executeTakeFirst()) as
      Row | undefined;
    return row ? feedOf(row) : undefined;
  }

  async revoke(feedId: string): Promise<CalendarFeed | undefined> {
    await this.sql.db
      .updateTable(CALENDAR_FEEDS)
      .set({ revoked_at: this.clock.instant().toISOString() })
      .where('feed_id', '=', feedId)
      .where('revoked_at', 'is', null)
      .execute();
    return this.find(feedId);
  }

  /** The live feed this key opens for this district and body, if any. */
  async open(district: string, body: string, key: string): Promise<CalendarFeed | undefined> {
    if (!KEY_SHAPE.test(key)) return undefined;
    const row = (await this.sql.db
      .selectFrom(CALENDAR_FEEDS)
      .selectAll()
      .where('key_hash', '=', hashOf(key))
      .where('district', '=', district)
      .where('body', '=', body)
      .where('revoked_at', 'is', null)
      .executeTakeFirst()) as Row | undefined;
    return row ? feedOf(row) : undefined;
  }
}
