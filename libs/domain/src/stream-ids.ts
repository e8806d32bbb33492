/** Stream ids: 'agenda-item:<itemId>', 'project:<projectId>', 'agreement:<district>-<year>'. */
import type { DistrictCode } from './catalogs.js';

export function agendaItemStreamId(itemId: string): string {
  return `agenda-item:${itemId}`;
}

export function projectStreamId(projectId: string): string {
  return `project:${projectId}`;
}

/** The agreement's id is '<district>-<year>', e.g. 'suwon-2024'. */
export function agreementId(district: DistrictCode, year: number): string {
  return `${district}-${year}`;
}

export function agreementStreamId(district: DistrictCode, year: number): string {
  return `agreement:${agreementId(district, year)}`;
}

/** The category of a stream id ('agenda-item', 'project', 'agreement'), or undefined. */
export function streamCategory(streamId: string): string | undefined {
  const index = streamId.indexOf(':');
  return index > 0 ? streamId.slice(0, index) : undefined;
}

/** The id part of a stream id. */
export function streamEntityId(streamId: string): string {
  return streamId.slice(streamId.indexOf(':') + 1);
}
