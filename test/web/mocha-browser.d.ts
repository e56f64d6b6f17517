// mocha's browser build (mocha/mocha.js) ships no types of its own; it is the `BrowserMocha` that
// @types/mocha describes for the global `mocha` of a test page.
declare module 'mocha/mocha.js' {
  const mocha: BrowserMocha;
  export default mocha;
}
