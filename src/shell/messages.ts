/** Words of the page frame: header, picker, toolbar, footer. */
import { defineMessages } from '../i18n/locale.svelte.ts';

const ja = {
  appTitle: 'ISMAP 費用・投資回収試算',
  tagline:
    'ISMAP・ISMAP-LIU の取得と維持にかかる費用と、公共分野の売上で回収できるかを試算します。入力した数値はこのブラウザの外に送信されません。',
  language: '表示言語',
  pickerTitle: 'シナリオ',
  pickerLabel: '出発点にするシナリオ',
  shipped: '収録シナリオ',
  saved: '保存したシナリオ',
  start: 'このシナリオから始める',
  inputsTitle: '入力',
  chartsTitle: 'グラフ',
  sourcesTitle: '出典',
  skip: '結果へ移動',
} as const;

const en: Record<keyof typeof ja, string> = {
  appTitle: 'ISMAP cost & ROI estimator',
  tagline:
    'What ISMAP or ISMAP-LIU certification costs to get and keep, and whether public-sector revenue pays it back. Your figures never leave this browser.',
  language: 'Language',
  pickerTitle: 'Scenario',
  pickerLabel: 'Scenario to start from',
  shipped: 'Shipped scenarios',
  saved: 'Your saved scenarios',
  start: 'Start from this scenario',
  inputsTitle: 'Inputs',
  chartsTitle: 'Charts',
  sourcesTitle: 'Sources',
  skip: 'Skip to results',
};

export const t = defineMessages({ ja, en });
