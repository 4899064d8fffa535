import { createApp } from 'vue';
// The elements are defined before Vue mounts, so each `biv-*` tag is upgraded as soon as it is
// created and `.prop` bindings land on the element's own properties.
import '@biv/elements/login-box.js';
import '@biv/elements/my-loans.js';
import App from './App.vue';
import './app.css';

createApp(App).mount('#app');
