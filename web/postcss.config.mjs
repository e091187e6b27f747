// PostCSS for Mantine: mixins (light/dark, rtl, smaller-than…) and rem/em helpers.
// (.mjs rather than .cjs: the ESLint config already knows .mjs files and skips type-aware rules on them.)
export default {
  plugins: {
    'postcss-preset-mantine': {},
  },
};
