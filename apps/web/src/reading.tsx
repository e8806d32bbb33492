/**
 * A page's reading of the API and the confirmation of a command's answer, shown together. After a
 * command the page reads again; its confirmation shows only in the same step as what it read, so
 * the message never stands above the old state. When the reading fails the page shows why, and a
 * command that was applied says so in the same danger alert: applied, but not read back.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ProblemError, isNotFound } from './api/client.js';
import { CriticalAlert } from './components/ui.js';
import { t } from './i18n.js';

/** The API's own words for a failure; a lost connection (status 0) in the page's. */
export const failureText = (error: unknown): string =>
  error instanceof ProblemError && error.problem.status !== 0 ? (error.problem.detail ?? error.problem.code) : t('error.network');

/**
 * A part of the page that may be absent for the reader (404) or closed to them (403): the fallback
 * then. Any other failure — a lost connection, a server error — fails the whole reading.
 */
export async function unlessAbsent<T, F>(call: Promise<T>, fallback: F): Promise<T | F> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ProblemError && (error.problem.status === 404 || error.problem.status === 403)) return fallback;
    throw error;
  }
}

export interface Reading<T> {
  /** What was last read in full; null until the first reading comes back. */
  readonly data: T | null;
  /** Why the last reading failed; null once a reading succeeds. */
  readonly failure: string | null;
  /** The last reading failed because the record does not exist (404). */
  readonly missing: boolean;
  /** The confirmation of a command, shown with the reading that follows it. */
  readonly saved: string | null;
  /** The confirmation of a command that was applied while the reading after it failed. */
  readonly unread: string | null;
  /** Which reading is shown: forms keyed by it start afresh from each. */
  readonly loaded: number;
  /** Reads again; `confirmation` shows only once the reading succeeds. */
  readonly reload: (confirmation?: string | null) => Promise<void>;
  /** Takes the confirmation away (the reader has moved on to another action); a failure stays. */
  readonly dismiss: () => void;
}

/**
 * Reads with `read` when `deps` change and whenever `reload` is called. An answer overtaken by a
 * later reading is dropped. `read` may close over the page's props: the latest one is used.
 */
export function useReading<T>(read: () => Promise<T>, deps: readonly unknown[]): Reading<T> {
  const [data, setData] = useState<T | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [unread, setUnread] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(0);
  const asked = useRef(0);
  const reader = useRef(read);
  reader.current = read;
  const reload = async (confirmation: string | null = null) => {
    const number = (asked.current += 1);
    setSaved(null);
    setUnread(null);
    try {
      const next = await reader.current();
      if (number !== asked.current) return;
      setData(next);
      setFailure(null);
      setMissing(false);
      setLoaded(number);
      setSaved(confirmation);
    } catch (error) {
      if (number !== asked.current) return;
      setFailure(failureText(error));
      setMissing(isNotFound(error));
      setUnread(confirmation);
    }
  };
  useEffect(() => {
    setData(null);
    setFailure(null);
    setMissing(false);
    void reload();
  }, deps);
  return { data, failure, missing, saved, unread, loaded, reload, dismiss: () => setSaved(null) };
}

/**
 * The reading's alerts above the page: the confirmation (KRDS ok alert), or the failure (danger
 * alert) with a way to read again — and, when a command was applied before it, that the command was
 * saved and the page below is from before it; read again, the page then confirms it.
 */
export function ReadingAlerts({
  reading,
  id,
}: {
  reading: Pick<Reading<unknown>, 'failure' | 'saved' | 'unread' | 'reload'>;
  id?: string;
}) {
  if (reading.failure)
    return (
      <CriticalAlert
        tone="danger"
        action={
          <button type="button" class="krds-btn medium secondary" onClick={() => void reading.reload(reading.unread)}>
            {t('common.reload')}
          </button>
        }
      >
        {reading.unread ? <p>{t('reading.unread', { saved: reading.unread })}</p> : null}
        <p>{reading.failure}</p>
      </CriticalAlert>
    );
  return reading.saved ? (
    <CriticalAlert tone="ok" id={id}>
      {reading.saved}
    </CriticalAlert>
  ) : null;
}
