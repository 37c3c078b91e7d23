/** The UI's languages, Japanese first: the default, and the one every dictionary is written in. */
export const LANGS = ['ja', 'en'] as const;

export type Lang = (typeof LANGS)[number];
