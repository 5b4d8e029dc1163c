import { createApp } from 'vue';
import { createRouter, createWebHistory } from 'vue-router';
// Registers every <okta-*> element and types them (props and @okta-* events) for vue-tsc's strictTemplates.
import 'okta-elements/vue';
import App from './App.vue';
import SignIn from './views/SignIn.vue';
import About from './views/About.vue';

const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', component: SignIn },
    { path: '/about', component: About },
  ],
});

createApp(App).use(router).mount('#app');
