/**
 * Minutes name their files by SHA-256; the files live in the attachment store, outside the log.
 * A minutes record naming a file the store does not hold for the meeting's district is refused
 * before deciding (422 naming the attachment), so no event points at bytes nobody can download.
 */
import { isId, meetingStreamId } from '@gongron/domain';
import { type AttachmentStore, SHA256_PATTERN } from '../attachments/attachment-store.js';
import type { CommandPrecondition } from './agreement-projects.js';
import { CommandRefused } from './command-refused.js';

export function minutesPreconditions(store: Pick<AttachmentStore, 'has'>): Readonly<Record<string, CommandPrecondition>> {
  return {
    RecordMinutes: async (command, facts) => {
      const data = command.data as { meetingId?: unknown; attachments?: unknown };
      // A malformed command is the decider's to refuse, with its own field names.
      if (!isId(data.meetingId) || !Array.isArray(data.attachments)) return;
      const meeting = await facts.state(meetingStreamId(data.meetingId));
      if (!meeting || typeof meeting.district !== 'string') return;
      for (const [index, attachment] of (data.attachments as unknown[]).entries()) {
        const { sha256, name } = (attachment ?? {}) as { sha256?: unknown; name?: unknown };
        if (typeof sha256 !== 'string' || !SHA256_PATTERN.test(sha256)) continue;
        if (!(await store.has(sha256, meeting.district))) {
          throw new CommandRefused(
            'rule',
            'MEETING.ATTACHMENT_UNKNOWN',
            `No file ${sha256} (${String(name)}) is stored for ${meeting.district}; upload it first.`,
            {
              field: `data.attachments[${index}].sha256`,
              details: { sha256, name: typeof name === 'string' ? name : null },
            },
          );
        }
      }
    },
  };
}
