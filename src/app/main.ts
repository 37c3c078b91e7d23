import { mount } from 'svelte';
import { locale } from '../kits/i18n/locale.svelte.ts';
import App from './App.svelte';
import { loadStore, storeNeededAtStart } from './session.svelte.ts';
// Bundled with the app, not fetched after it: most visits open on the estimate and wait for its
// key figures (README, Method: Speed). Its screen's load() then finds it already here.
import '../screens/estimate/EstimateScreen.svelte';
import './app.css';

locale.followBrowser(navigator.languages);

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// A share link or stored work is read before the first figures, which are its scenario's; a
// first visit has nothing to read, and opens without the store. Not a top-level await: that
// made the bundler split the first chunk into many. Mounted a task after the modules are
// evaluated: in the same task, the two were one long task on a phone (README, Method: Speed).
if (storeNeededAtStart()) void loadStore().then(() => start(target));
else setTimeout(() => start(target), 0);

function start(target: HTMLElement): void {
  target.replaceChildren(); // the loading line from index.html
  mount(App, { target });
}
