/**
 * A page whose record could not be read at all. When the record does not exist (a mistyped or
 * stale address, a link to an item never recorded) it is a page of its own: a title that says what
 * was not found, the identifier that was asked for, and the way back to the list it belongs to.
 * Any other failure (a lost connection, a server error) is the danger alert with a way to read again.
 */
import { Breadcrumb } from '../app.js';
import { PageTitle } from '../components/ui.js';
import { t, type MessageKey } from '../i18n.js';
import { ReadingAlerts, type Reading } from '../reading.js';

export interface MissingRecord {
  /** What was not found, as the page's title. */
  readonly title: MessageKey;
  /** The identifier asked for. */
  readonly id: string;
  /** The list the record belongs to. */
  readonly list: { readonly label: MessageKey; readonly href: string; readonly back: MessageKey };
}

export function FirstReadingFailed({
  reading,
  record,
}: {
  reading: Pick<Reading<unknown>, 'failure' | 'missing' | 'saved' | 'unread' | 'reload'>;
  record: MissingRecord;
}) {
  if (!reading.missing) return <ReadingAlerts reading={reading} />;
  return (
    <>
      <Breadcrumb trail={[{ label: t(record.list.label), href: record.list.href }, { label: t(record.title) }]} />
      <PageTitle sub={t('missing.lead', { id: record.id })}>{t(record.title)}</PageTitle>
      <div class="btn-wrap">
        <a class="krds-btn medium secondary" href={record.list.href}>
          {t(record.list.back)}
        </a>
      </div>
    </>
  );
}
