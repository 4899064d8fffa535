// Storybook's own Vite config: deliberately empty. Everything Storybook needs is in
// `viteFinal` in main.ts; pointing the builder here keeps the root vite.config.ts out of it.
import { defineConfig } from 'vite';

export default defineConfig({});
