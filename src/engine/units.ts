/**
 * Units on the engine's outputs, so a reader (and the compiler) can tell yen from shares.
 * Type-only brands: a Yen is still a number, so callers' arithmetic compiles unchanged; only the
 * engine mints them (with `as`) where it produces a result. Inputs stay plain numbers, named by
 * unit in the schema.
 */

/** An amount of money, yen. */
export type Yen = number & { readonly __unit: 'yen' };

/** A fraction 0..1: a probability or a share of vendors. */
export type Share = number & { readonly __unit: 'share' };
