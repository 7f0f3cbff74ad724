import 'reflect-metadata';
import type { ContainerType } from 'type-graphql';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Ctor<T> = new (...args: any[]) => T;

/**
 * Marks a service whose constructor parameters the request scope fills in. Parameter types must be
 * classes (TypeScript records them as decorator metadata): the gateway, the loaders, other services,
 * or an object the server provides once (such as the analysis settings and their cache).
 */
export function Injectable(): ClassDecorator {
  // Any class decorator makes TypeScript emit `design:paramtypes`; this one needs to do nothing else.
  return () => undefined;
}

/**
 * The objects of one request: what the server provides (gateway, caches, settings), the request's
 * loaders, and every service and resolver made on first use and then reused until the request ends.
 * type-graphql asks it for resolver instances (`container` in buildSchema), so a resolver takes its
 * services in its constructor and no resolver writes `new XService(...)`.
 */
export class RequestScope implements ContainerType {
  private readonly instances = new Map<Ctor<unknown>, unknown>();

  constructor(provided: Iterable<object>) {
    for (const o of provided) this.instances.set(o.constructor as Ctor<unknown>, o);
  }

  get<T>(cls: Ctor<T>): T {
    const hit = this.instances.get(cls) as T | undefined;
    if (hit !== undefined) return hit;
    const params = (Reflect.getMetadata('design:paramtypes', cls) as Array<Ctor<unknown>> | undefined) ?? [];
    if (params.length < cls.length) {
      throw new Error(
        `${cls.name} cannot be made by the request scope: mark it @Injectable() and give its constructor class-typed parameters`,
      );
    }
    const made = new cls(...params.map((p) => this.get(p)));
    this.instances.set(cls, made);
    return made;
  }
}
