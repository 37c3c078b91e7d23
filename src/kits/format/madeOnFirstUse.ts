/** A value made the first time it is asked for, then kept: for what costs to make at load. */
export function madeOnFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
