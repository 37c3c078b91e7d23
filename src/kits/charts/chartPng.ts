/**
 * A chart as a picture for a slide or a briefing: its title above it, on white. A Chart.js
 * canvas is transparent where nothing is drawn, so it is copied onto a white canvas of its own;
 * the copy keeps the chart's resolution (device pixels), and the title is scaled with it.
 */
import { FONT_FAMILY } from './options.ts';
import { BACKGROUND, INK } from './palette.ts';

/** CSS pixels: the margin round the picture, and the title's size. */
const MARGIN = 12;
const TITLE_SIZE = 16;

/** The PNG of `chart` under `title`; null where the browser has no 2D canvas (jsdom). */
export function chartPng(chart: HTMLCanvasElement, title: string): Promise<Blob | null> {
  const ratio = chart.clientWidth > 0 ? chart.width / chart.clientWidth : 1;
  const margin = MARGIN * ratio;
  const titleHeight = TITLE_SIZE * 1.5 * ratio;
  const image = chart.ownerDocument.createElement('canvas');
  image.width = chart.width + 2 * margin;
  image.height = chart.height + titleHeight + 2 * margin;
  const ctx = image.getContext('2d');
  if (!ctx) return Promise.resolve(null);
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, image.width, image.height);
  ctx.fillStyle = INK;
  ctx.font = `600 ${TITLE_SIZE * ratio}px ${FONT_FAMILY}`;
  ctx.textBaseline = 'top';
  // A title too long for the width is narrowed to fit rather than cut.
  ctx.fillText(title, margin, margin, chart.width);
  ctx.drawImage(chart, margin, margin + titleHeight);
  return new Promise((resolve) => image.toBlob(resolve, 'image/png'));
}

/** A file name from a chart's title: the characters file systems refuse become "-". */
export function pngFileName(title: string): string {
  return `${title.replace(/[\\/:*?"<>|]+/g, '-').trim()}.png`;
}
