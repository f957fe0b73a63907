/** Where the listed content script leaves its `browser` instance for the reader module. */
export const BROWSER_KEY = Symbol.for('puente.browser');
