/** A meeting's record as data: what its stream folds to and what a decision's facts carry. */
import type { BodyCode, DistrictCode } from '../catalogs.js';

/** An agenda entry: an agenda item of the workflow, or another matter (보고 안건) by its title alone. */
export interface AgendaEntry {
  readonly itemId: string | null;
  readonly title: string;
}

/** A file of the minutes, kept outside the log by its SHA-256; the event carries only the reference. */
export interface MinutesAttachment {
  readonly sha256: string;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
}

export interface MeetingContext {
  readonly meetingId: string | null;
  readonly district: DistrictCode | null;
  readonly body: BodyCode | null;
  /** The civic council the meeting is of, other than the district's default one (null: the default, or another body). */
  readonly council: string | null;
  readonly year: number | null;
  readonly number: number | null;
  readonly heldOn: string | null;
  readonly startsAt: string | null;
  readonly place: string | null;
  readonly title: string | null;
  readonly workflowVersion: number | null;
  readonly agenda: readonly AgendaEntry[];
  /** Member ids on roll on the meeting day, fixed when it convened. */
  readonly onRoll: readonly string[];
  /** Member ids attending now. */
  readonly attending: readonly string[];
  readonly convenedAt: string | null;
  readonly adjournedAt: string | null;
  readonly minutes: { readonly text: string; readonly attachments: readonly MinutesAttachment[]; readonly recordedOn: string } | null;
  readonly minutesApprovedOn: string | null;
  readonly cancellation: { readonly reason: string; readonly cancelledOn: string } | null;
}
