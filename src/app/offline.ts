/// <reference types="vite-plugin-pwa/client" />
/**
 * The service worker that keeps the app working offline (vite.config.ts `offline`), registered
 * by the app rather than by a script in index.html, which the Content-Security-Policy forbids.
 * Loaded after the first figures, so neither it nor Workbox's client weighs on the first load.
 */
import { registerSW } from 'virtual:pwa-register';
import type { Session } from './session.svelte.ts';

export function registerOffline(session: Session): void {
  // The plugin's client registers sw.js once the page has loaded (on the dev server it does
  // nothing). A refused registration (a browser policy, a test that blocks service workers) is
  // swallowed there: the app works as before, online only.
  registerSW({
    onRegisteredSW: (_url, registration) => {
      if (registration) follow(registration, session);
    },
  });
}

/**
 * Follows the registration's workers itself rather than through registerSW's callbacks: those
 * miss a new version the browser found on this page's own navigation, before registering (which
 * waits for the first figures) began to listen, so its notice would wait for the next visit.
 */
function follow(registration: ServiceWorkerRegistration, session: Session): void {
  const container = navigator.serviceWorker;
  const installed = (worker: ServiceWorker) => {
    // The first worker makes the app work offline; one installed beside it is a new version.
    if (!container.controller) session.noteOfflineReady();
    else session.offerUpdate(() => switchTo(worker));
  };
  const watch = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') installed(worker);
    });
  if (registration.waiting) installed(registration.waiting);
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
}

/** Lets the waiting version take over (Workbox's message), then reloads into it. */
function switchTo(worker: ServiceWorker): void {
  // Another tab may have switched already: then a reload is all it takes.
  if (worker.state !== 'installed') {
    location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
    once: true,
  });
  worker.postMessage({ type: 'SKIP_WAITING' });
}
