// For tools that read TypeScript without Vue's language tools (ESLint's type-aware rules):
// a `.vue` import is a component. vue-tsc reads the SFC itself and checks its real type.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
