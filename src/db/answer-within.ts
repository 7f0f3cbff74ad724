/**
 * The promise's answer, or the error `late()` makes when it has not answered within `ms` (the
 * promise is left to settle): the monitor's heartbeat, /ready and a request's deadline all use it.
 */
export function answerWithin<T>(p: Promise<T>, ms: number, late: () => Error = () => new Error(`no answer within ${ms} ms`)): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_r, reject) => {
    timer = setTimeout(() => reject(late()), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
