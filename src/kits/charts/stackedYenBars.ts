/**
 * Bars of yen stacked by part, with each bar's total in the tooltip: the yearly cost by line
 * and the lab's burden split into audit fees and own effort are both drawn with it.
 */
import type { ChartConfiguration } from 'chart.js';
import type { Lang } from '../i18n/lang.ts';
import { baseOptions, categoryScale, legend, yenByYear, yenScale } from './options.ts';

export interface StackedSeries {
  label: string;
  color: string;
  data: number[];
}

export function stackedYenBars(spec: {
  labels: string[];
  series: StackedSeries[];
  axisTitle: string;
  lang: Lang;
  /** The tooltip's last line for the bar at `index`, e.g. "Total: ¥99M". */
  footer: (index: number) => string;
}): ChartConfiguration<'bar', number[], string> {
  const { lang } = spec;
  const { interaction, tooltip } = yenByYear(lang, spec.footer);
  return {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((series) => ({
        label: series.label,
        data: series.data,
        backgroundColor: series.color,
        borderColor: '#ffffff',
        borderWidth: 1,
        stack: 'parts',
        pointStyle: 'rect' as const,
      })),
    },
    options: {
      ...baseOptions(),
      interaction,
      plugins: { legend: legend(), tooltip },
      scales: {
        x: { ...categoryScale(), stacked: true },
        y: { ...yenScale(lang, spec.axisTitle), stacked: true },
      },
    },
  };
}
