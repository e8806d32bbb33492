/**
 * Marks a write that is idempotent by its nature (an upload stored under the hash of its bytes):
 * an Idempotency-Key on it is not recorded, since two different bodies with one key would
 * otherwise answer the first body's hash.
 */
import { SetMetadata } from '@nestjs/common';

export const NATURALLY_IDEMPOTENT = 'gongron:naturally-idempotent';

export const NaturallyIdempotent = (): MethodDecorator => SetMetadata(NATURALLY_IDEMPOTENT, true);
