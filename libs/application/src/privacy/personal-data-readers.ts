/**
 * Who reads personal data (개인정보): auditors read every district's; secretaries and officials
 * read their own district's; everyone else (administrators, the process managers, the public)
 * reads none — they see `[비공개]` where a personal value stands.
 */
import type { RevealPolicy } from '@gongron/event-store';
import type { Actor } from '../access/actor.js';

export function personalDataReader(actor: Actor | undefined): RevealPolicy {
  if (actor?.role === 'auditor') return { mayRead: () => true };
  if ((actor?.role === 'secretary' || actor?.role === 'official') && actor.district !== undefined) {
    const own = actor.district;
    return { mayRead: (district) => district === own };
  }
  return { mayRead: () => false };
}
