// Jest loads a Markdown file (docs/rules/*.md) as its text, as webpack's 'asset/source' does for the pane.
module.exports = {
  process(source) {
    return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(source)} };` };
  },
};
