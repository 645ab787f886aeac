// js-yaml ships no types of its own; the tests use only this.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
