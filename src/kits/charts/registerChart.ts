/**
 * Registers only the Chart.js parts the charts use, so the bundle leaves the rest out
 * (never 'chart.js/auto'). The titles are the figures' <figcaption>s, so no Title plugin.
 * registerChart.test.ts checks every type and scale the builders ask for is registered here.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  Tooltip,
} from 'chart.js';
import { FONT_FAMILY } from './options.ts';
import { INK } from './palette.ts';

let registered = false;

/** Idempotent: every chart calls it, the first call does the work. */
export function registerChart(): void {
  if (registered) return;
  Chart.register(
    BarController,
    LineController,
    BarElement,
    LineElement,
    PointElement,
    CategoryScale,
    LinearScale,
    LogarithmicScale,
    Tooltip,
    Legend,
    // The market's P10–P90 bands: the area between two lines.
    Filler,
  );
  Chart.defaults.color = INK;
  Chart.defaults.font.family = FONT_FAMILY;
  registered = true;
}
