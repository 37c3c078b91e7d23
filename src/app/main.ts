import { mount } from 'svelte';
import { locale } from '../kits/i18n/locale.svelte.ts';
import { holdsShareState, loadShareCodec } from '../kits/persistence/shareLink.ts';
import { useZodLocale } from '../kits/i18n/zodLocale.ts';
import App from './App.svelte';
// Bundled with the app, not fetched after it: most visits open on the estimate and wait for its
// key figures (README, Method: Speed). Its screen's load() then finds it already here.
import '../screens/estimate/EstimateScreen.svelte';
import './app.css';

locale.followBrowser(navigator.languages);
// zod's own messages in that language from the start; the language switch keeps them so.
useZodLocale(locale.lang);

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// A share link is read before the first figures, which are its scenario's. Not a top-level
// await: that made the bundler split the first chunk into many.
if (holdsShareState(location.hash)) void loadShareCodec().then(() => start(target));
else start(target);

function start(target: HTMLElement): void {
  target.replaceChildren(); // the loading line from index.html
  mount(App, { target });
}
