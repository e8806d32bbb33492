import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@gongron/application';

/** The actor the access guard resolved from the bearer token (undefined on a public route without one). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor | undefined => {
  const request = context.switchToHttp().getRequest<{ actor?: Actor }>();
  return request.actor;
});
