/**
 * Route access marks. Every route needs a valid bearer token unless marked `@Public()`;
 * `@Roles(...)` narrows it to some roles (others get 403).
 */
import { SetMetadata } from '@nestjs/common';
import type { TokenRole } from '@gongron/domain';

export const PUBLIC_ROUTE = 'gongron:public-route';
export const ROUTE_ROLES = 'gongron:route-roles';

/** No token needed (transparency routes, health, docs). A valid token still sets the actor. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** Only these roles may call the route. */
export const Roles = (...roles: TokenRole[]): MethodDecorator & ClassDecorator => SetMetadata(ROUTE_ROLES, roles);
