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

/** The page of a record that does not exist, in words already translated (the audit pages have their own catalogue). */
export function MissingRecordPage({
  title,
  lead,
  list,
}: {
  title: string;
  lead: string;
  list: { readonly label: string; readonly href: string; readonly back: string };
}) {
  return (
    <>
      <Breadcrumb trail={[{ label: list.label, href: list.href }, { label: title }]} />
      <PageTitle sub={lead}>{title}</PageTitle>
      <div class="btn-wrap">
        <a class="krds-btn medium secondary" href={list.href}>
          {list.back}
        </a>
      </div>
    </>
  );
}

export function FirstReadingFailed({
  reading,
  record,
}: {
  reading: Pick<Reading<unknown>, 'failure' | 'missing' | 'saved' | 'unread' | 'reload'>;
  record: MissingRecord;
}) {
  if (!reading.missing) return <ReadingAlerts reading={reading} />;
  const { title, id, list } = record;
  return (
    <MissingRecordPage
      title={t(title)}
      lead={t('missing.lead', { id })}
      list={{ label: t(list.label), href: list.href, back: t(list.back) }}
    />
  );
}
