/**
 * Every answer of the API reads the personal values in it for its caller: the plain text where
 * the caller may see it (personalDataReader), `[비공개]` where not, `[삭제됨]` once erased. It runs
 * outside the idempotency records, so a recorded answer keeps the stored (encrypted) form and a
 * replay is read for its caller again. Routes that hand out events as stored — proof bundles,
 * whose leaves cover the ciphertext — are marked with KeepsStoredForm.
 */
import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Actor, OPENED_STORES, type OpenedStores, personalDataReader } from '@gongron/application';
import { revealPersonalData } from '@gongron/event-store';
import { catchError, from, mergeMap, type Observable } from 'rxjs';
import { ReplayedResponse } from '../idempotency/replayed-response.js';

const KEEPS_STORED_FORM = 'gongron:keeps-stored-form';

/** The route answers with events exactly as stored (their hashes and proofs must hold). */
export const KeepsStoredForm = () => SetMetadata(KEEPS_STORED_FORM, true);

@Injectable()
export class PersonalDataInterceptor implements NestInterceptor {
  constructor(
    @Inject(OPENED_STORES) private readonly stores: OpenedStores,
    @Inject(Reflector) private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http' || this.reflector.get<boolean | undefined>(KEEPS_STORED_FORM, context.getHandler()))
      return next.handle();
    const request = context.switchToHttp().getRequest<{ actor?: Actor }>();
    const keys = this.stores.store.subjectKeys;
    const read = (value: unknown) => revealPersonalData(value, keys, personalDataReader(request.actor));
    return next.handle().pipe(
      mergeMap((body: unknown) => from(read(body))),
      catchError(async (error: unknown) => {
        if (error instanceof ReplayedResponse) throw new ReplayedResponse({ ...error.response, body: await read(error.response.body) });
        throw error;
      }),
    );
  }
}
