import 'reflect-metadata';
import { Injectable, RequestScope } from '../../src/graphql/scope';

class Gateway {}

@Injectable()
class Inner {
  constructor(readonly gw: Gateway) {}
}

@Injectable()
class Outer {
  constructor(
    readonly inner: Inner,
    readonly gw: Gateway,
  ) {}
}

class NotInjectable {
  constructor(readonly gw: Gateway) {}
}

describe('RequestScope', () => {
  it('makes each class once per request from the provided objects, and anew for the next request', () => {
    const gw = new Gateway();
    const scope = new RequestScope([gw]);
    const outer = scope.get(Outer);
    expect(outer.gw).toBe(gw);
    expect(outer.inner.gw).toBe(gw);
    expect(scope.get(Inner)).toBe(outer.inner);
    expect(new RequestScope([gw]).get(Inner)).not.toBe(outer.inner);
  });

  it('refuses a class whose constructor parameters it cannot know', () => {
    expect(() => new RequestScope([new Gateway()]).get(NotInjectable)).toThrow(
      /NotInjectable cannot be made by the request scope: mark it @Injectable\(\)/,
    );
  });
});
