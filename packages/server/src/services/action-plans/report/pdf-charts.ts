import { PROGRESS_STATUSES, type ProgressStatus } from '@vatra/core';
import {
  COLOR,
  SIZE,
  bottom,
  contentWidth,
  ensureSpace,
  left,
  style,
  type Doc,
} from '../../../pdf/layout.js';
import type { BudgetTotal } from './data.js';
import type { StatusCounts } from './labels.js';

// Charts drawn as vector graphics. Colour alone does not tell the series apart on a greyscale
// printer or for a colour-blind reader, so every series also has its own fill pattern (solid,
// diagonal hatch, cross hatch, horizontal lines, empty) and the legend shows the same swatches.

type Pattern = 'solid' | 'diagonal' | 'cross' | 'lines' | 'empty';

interface Look {
  fill: string;
  pattern: Pattern;
  ink: string;
}

export const STATUS_LOOK: Record<ProgressStatus, Look> = {
  on_track: { fill: '#2e7d32', pattern: 'solid', ink: '#ffffff' },
  at_risk: { fill: '#f2c14e', pattern: 'diagonal', ink: '#111111' },
  off_track: { fill: '#c62828', pattern: 'cross', ink: '#ffffff' },
  no_target: { fill: '#bdbdbd', pattern: 'lines', ink: '#111111' },
  no_data: { fill: '#ffffff', pattern: 'empty', ink: '#111111' },
};

const PLANNED: Look = { fill: '#37474f', pattern: 'solid', ink: '#ffffff' };
const ACTUAL: Look = { fill: '#90caf9', pattern: 'diagonal', ink: '#111111' };

/** A rectangle filled in a series' colour and pattern, outlined. */
export function swatch(doc: Doc, x: number, y: number, width: number, height: number, look: Look): void {
  if (width <= 0 || height <= 0) return;
  doc.save();
  doc.rect(x, y, width, height).fill(look.fill);
  if (look.pattern !== 'solid' && look.pattern !== 'empty') {
    doc.rect(x, y, width, height).clip();
    const hatch = look.pattern === 'lines' ? '#555555' : look.ink === '#ffffff' ? '#ffffff' : '#333333';
    doc.lineWidth(0.6).strokeColor(hatch);
    const step = 4;
    if (look.pattern === 'lines') {
      for (let lineY = y + step / 2; lineY < y + height; lineY += step)
        doc.moveTo(x, lineY).lineTo(x + width, lineY);
    } else {
      for (let offset = -height; offset < width; offset += step) {
        doc.moveTo(x + offset, y + height).lineTo(x + offset + height, y);
        if (look.pattern === 'cross') doc.moveTo(x + offset, y).lineTo(x + offset + height, y + height);
      }
    }
    doc.stroke();
  }
  doc.restore();
  doc.lineWidth(0.5).rect(x, y, width, height).strokeColor('#444444').stroke();
}

function legend(doc: Doc, items: Array<{ label: string; look: Look }>): void {
  const x0 = left(doc);
  const maxX = x0 + contentWidth(doc);
  const box = 9;
  let x = x0;
  let y = doc.y;
  style(doc, 'regular', SIZE.small);
  for (const item of items) {
    const width = box + 4 + doc.widthOfString(item.label) + 14;
    if (x + width > maxX && x > x0) {
      x = x0;
      y += box + 5;
    }
    swatch(doc, x, y, box, box, item.look);
    style(doc, 'regular', SIZE.small).text(item.label, x + box + 4, y + 0.5, { lineBreak: false });
    x += width;
  }
  doc.x = x0;
  doc.y = y + box + 8;
}

export interface ProgressBar {
  label: string;
  counts: StatusCounts;
  bold?: boolean;
}

/**
 * One horizontal bar per objective (and one for the whole plan), split into the shares of its
 * indicators in each progress status, with the count printed in each segment wide enough.
 */
export function drawProgressChart(
  doc: Doc,
  bars: ProgressBar[],
  statusLabel: (status: ProgressStatus) => string,
  axisLabel: string,
): void {
  const x0 = left(doc);
  const width = contentWidth(doc);
  const labelWidth = width * 0.3;
  const barX = x0 + labelWidth + 6;
  const barWidth = width - labelWidth - 6;
  const barHeight = 13;
  const gap = 5;
  // The whole chart on one page when it fits there: bars, axis and legend read together.
  ensureSpace(doc, Math.min(bars.length * (barHeight + gap) + 60, bottom(doc) - doc.page.margins.top));

  for (const bar of bars) {
    // Each bar row is kept whole; a long chart simply continues on the next page.
    ensureSpace(doc, barHeight + gap);
    const y = doc.y;
    style(doc, bar.bold ? 'bold' : 'regular', SIZE.small).text(bar.label, x0, y + 2.5, {
      width: labelWidth,
      height: SIZE.small * 1.25,
      ellipsis: true,
    });
    const total = PROGRESS_STATUSES.reduce((sum, status) => sum + bar.counts[status], 0);
    if (total === 0) {
      doc
        .lineWidth(0.5)
        .rect(barX, y, barWidth, barHeight)
        .strokeColor(COLOR.rule)
        .dash(2, { space: 2 })
        .stroke();
      doc.undash();
    }
    let x = barX;
    for (const status of PROGRESS_STATUSES) {
      const count = bar.counts[status];
      if (!count || !total) continue;
      const segment = (barWidth * count) / total;
      swatch(doc, x, y, segment, barHeight, STATUS_LOOK[status]);
      const text = String(count);
      style(doc, 'bold', SIZE.small);
      if (doc.widthOfString(text) + 4 < segment) {
        // The count on a white backing so it stays legible over any hatch.
        const textWidth = doc.widthOfString(text);
        const tx = x + (segment - textWidth) / 2;
        doc.rect(tx - 1.5, y + 2.5, textWidth + 3, barHeight - 5).fill('#ffffff');
        style(doc, 'bold', SIZE.small).text(text, tx, y + 3, { lineBreak: false });
      }
      x += segment;
    }
    doc.y = y + barHeight + gap;
  }

  // Axis: 0 %, 50 %, 100 % of each objective's indicators.
  ensureSpace(doc, 40);
  const axisY = doc.y;
  doc
    .lineWidth(0.5)
    .moveTo(barX, axisY)
    .lineTo(barX + barWidth, axisY)
    .strokeColor(COLOR.rule)
    .stroke();
  style(doc, 'regular', SIZE.small, COLOR.muted);
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    const tx = barX + barWidth * share;
    doc
      .moveTo(tx, axisY)
      .lineTo(tx, axisY + 3)
      .stroke();
    const text = `${Math.round(share * 100)} %`;
    const textWidth = doc.widthOfString(text);
    const at = Math.min(Math.max(tx - textWidth / 2, barX), barX + barWidth - textWidth);
    doc.text(text, at, axisY + 4, { lineBreak: false });
  }
  doc.text(axisLabel, barX, axisY + 14, { width: barWidth, align: 'center' });
  doc.y = axisY + 30;
  legend(
    doc,
    PROGRESS_STATUSES.map((status) => ({ label: statusLabel(status), look: STATUS_LOOK[status] })),
  );
}

/** Grouped vertical bars, planned beside actual, per year of one currency. */
export function drawBudgetChart(
  doc: Doc,
  totals: BudgetTotal[],
  labels: { planned: string; actual: string; year: (year: number | null) => string },
  money: (value: number) => string,
): void {
  const chartHeight = 130;
  const x0 = left(doc);
  const width = contentWidth(doc);
  ensureSpace(doc, chartHeight + 60);
  const axisWidth = 62;
  const plotX = x0 + axisWidth;
  const plotWidth = width - axisWidth;
  const top = doc.y + 10;
  const baseY = top + chartHeight;
  const max = niceMax(Math.max(1, ...totals.flatMap((total) => [total.planned, total.actual])));

  // Grid lines with amounts on the left.
  style(doc, 'regular', SIZE.small, COLOR.muted);
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    const gy = baseY - chartHeight * share;
    doc
      .lineWidth(share === 0 ? 0.8 : 0.3)
      .moveTo(plotX, gy)
      .lineTo(plotX + plotWidth, gy)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.text(money(max * share), x0, gy - 4, { width: axisWidth - 6, align: 'right', lineBreak: false });
  }

  const groupWidth = plotWidth / Math.max(1, totals.length);
  const barWidth = Math.min(40, groupWidth * 0.32);
  totals.forEach((total, index) => {
    const center = plotX + groupWidth * index + groupWidth / 2;
    const bars: Array<[number, Look, number]> = [
      [total.planned, PLANNED, center - barWidth - 2],
      [total.actual, ACTUAL, center + 2],
    ];
    for (const [value, look, bx] of bars) {
      const height = (chartHeight * value) / max;
      swatch(doc, bx, baseY - height, barWidth, height, look);
      style(doc, 'regular', 6.5, COLOR.text);
      const text = money(value);
      const textWidth = Math.min(doc.widthOfString(text), groupWidth / 2);
      doc.text(text, bx + barWidth / 2 - textWidth / 2, baseY - height - 9, {
        width: textWidth + 1,
        height: 8,
        ellipsis: true,
        lineBreak: false,
      });
    }
    style(doc, 'bold', SIZE.small).text(labels.year(total.year), center - groupWidth / 2, baseY + 4, {
      width: groupWidth,
      align: 'center',
      height: SIZE.small * 1.25,
      ellipsis: true,
    });
  });
  doc.y = baseY + 20;
  legend(doc, [
    { label: labels.planned, look: PLANNED },
    { label: labels.actual, look: ACTUAL },
  ]);
}

/** The next round number at or above a value (1, 2, 2.5 or 5 times a power of ten). */
function niceMax(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  for (const factor of [1, 2, 2.5, 5, 10]) if (factor * power >= value) return factor * power;
  return 10 * power;
}
