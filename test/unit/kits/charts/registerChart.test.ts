import { Chart, type ChartConfiguration, type ChartType } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { cashFlowConfig } from '../../../../src/screens/estimate/build/cashFlowConfig.ts';
import { costStackConfig } from '../../../../src/screens/estimate/build/costStackConfig.ts';
import { frontierConfig } from '../../../../src/kits/charts/frontierConfig.ts';
import { histogramConfig } from '../../../../src/screens/estimate/build/histogramConfig.ts';
import { registerChart } from '../../../../src/kits/charts/registerChart.ts';
import { tornadoConfig } from '../../../../src/screens/estimate/build/tornadoConfig.ts';
import { waterfallConfig } from '../../../../src/kits/charts/waterfallConfig.ts';
import { changeConfig } from '../../../../src/screens/compare/build/attribution.ts';
import { wordsOf } from '../../../../src/kits/i18n/catalogue.ts';
import { COMPARE_MESSAGES } from '../../../../src/screens/compare/messages.ts';
import { monteCarlo, pointReport } from '../../../../src/engine/index.ts';
import * as estimate from '../../screens/estimate/fixtures.ts';
import { en, M, rangedHandScenario } from './fixtures.ts';
import { view as market } from '../../screens/market/fixtures.ts';
import { squareConfig } from '../../../../src/screens/market/build/square.ts';
import { calibrationConfig } from '../../../../src/screens/market/build/calibration.ts';
import {
  trajectoryConfig,
  trajectoryGroups,
} from '../../../../src/screens/market/build/trajectories.ts';

type AnyConfig = ChartConfiguration<ChartType, unknown[], unknown>;

function everyConfig(): AnyConfig[] {
  const r = pointReport(rangedHandScenario());
  const mc = monteCarlo(rangedHandScenario(), { samples: 200, seed: 1 });
  return [
    waterfallConfig(r.controls.steps, 'en', en),
    costStackConfig(r.years, 'en', estimate.en),
    cashFlowConfig(r.years, r.totals.paybackYear, 'en', estimate.en),
    histogramConfig(mc, 'en', estimate.en),
    tornadoConfig(r.sensitivity, r.totals.npv, 'en', estimate.en),
    frontierConfig([{ label: 'A', frontier: r.frontier }], r.frontierMark, 'en', en),
    changeConfig(
      { from: '1', to: '2', fromNpv: 0, toNpv: M, parts: [{ group: 'revenue', npvDelta: M }] },
      'en',
      wordsOf(COMPARE_MESSAGES, 'en'),
    ),
    squareConfig(market),
    calibrationConfig(market),
    ...trajectoryGroups(market).flatMap((g) =>
      g.trajectories.map((trajectory) => trajectoryConfig(trajectory, market)),
    ),
  ] as unknown as AnyConfig[];
}

/** Every controller, scale and element the configs ask Chart.js for. */
function partsUsed(configs: AnyConfig[]) {
  const controllers = new Set<string>();
  const scales = new Set<string>();
  const plugins = new Set<string>(['tooltip', 'legend']);
  for (const config of configs) {
    controllers.add(config.type);
    for (const dataset of config.data.datasets) {
      controllers.add(dataset.type ?? config.type);
      // An area between lines (the market's bands) needs the Filler plugin.
      if ('fill' in dataset && dataset.fill) plugins.add('filler');
    }
    for (const scale of Object.values(config.options?.scales ?? {})) {
      expect(scale?.type, 'every axis names its type').toBeDefined();
      scales.add(scale!.type!);
    }
  }
  return {
    controllers: [...controllers].sort(),
    scales: [...scales].sort(),
    plugins: [...plugins].sort(),
  };
}

describe('registerChart', () => {
  it('registers every part the charts use, and only on first call', () => {
    const { controllers, scales, plugins } = partsUsed(everyConfig());
    expect(controllers).toEqual(['bar', 'line']);
    expect(scales).toEqual(['category', 'linear', 'logarithmic']);
    expect(plugins).toEqual(['filler', 'legend', 'tooltip']);
    // Nothing is there before: tree-shaken Chart.js starts empty.
    expect(() => Chart.registry.getController('bar')).toThrow();
    registerChart();
    registerChart(); // a second chart on the page: no error, no double registration
    for (const id of controllers) expect(Chart.registry.getController(id)).toBeDefined();
    for (const id of scales) expect(Chart.registry.getScale(id)).toBeDefined();
    for (const id of ['bar', 'line', 'point']) expect(Chart.registry.getElement(id)).toBeDefined();
    for (const id of plugins) expect(Chart.registry.getPlugin(id)).toBeDefined();
  });

  it('leaves out what no chart uses', () => {
    registerChart();
    expect(() => Chart.registry.getController('doughnut')).toThrow();
    expect(() => Chart.registry.getScale('time')).toThrow();
    expect(() => Chart.registry.getPlugin('title')).toThrow();
  });

  it('turns animation off in every chart', () => {
    for (const config of everyConfig()) expect(config.options?.animation).toBe(false);
  });
});
