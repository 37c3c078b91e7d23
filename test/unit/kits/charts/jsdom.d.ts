/**
 * The one corner of jsdom (a dev dependency without bundled types) that components.test.ts
 * uses: parse an HTML string into a document.
 */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { readonly document: Document };
  }
}
