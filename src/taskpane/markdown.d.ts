/** A Markdown file imported as its text (webpack's asset/source; test/markdown-transform.js in jest). */
declare module '*.md' {
  const text: string;
  export default text;
}
