import { bootstrapApplication } from '@angular/platform-browser';
import { provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter } from '@angular/router';
import { App } from './app/app';
import { routes } from './app/routes';

// Zoneless: Angular 21's default (no zone.js); signals drive change detection.
bootstrapApplication(App, {
  providers: [provideBrowserGlobalErrorListeners(), provideRouter(routes)],
}).catch((error: unknown) => console.error(error));
