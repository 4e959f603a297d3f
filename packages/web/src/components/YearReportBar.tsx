import { useState, type ReactNode } from 'react';
import { Button, Group, Select } from '@mantine/core';
import { thisYear } from '../lib/dates';
import { button } from './presets';

/** The year a yearly page shows, and the years it offers (newest first). */
export interface YearChoice {
  year: number;
  setYear: (year: number) => void;
  years: readonly number[];
}

/**
 * The chosen year of a yearly page (the offices' current year at first) and the last `count`
 * years to choose from; with `withNext`, next year too, for lists drawn up ahead of it.
 */
export function useYearChoice(count: number, { withNext = false } = {}): YearChoice {
  const [current] = useState(thisYear);
  const [year, setYear] = useState(current);
  const newest = withNext ? current + 1 : current;
  const years = Array.from({ length: count }, (_, index) => newest - index);
  return { year, setYear, years };
}

interface YearReportBarProps {
  /** The picker's label (its accessible name). */
  label: string;
  choice: YearChoice;
  /** The chosen year's XLSX and its button text; without it the bar is the picker alone. */
  download?: { href: string; label: string };
  /** The picker's width in pixels. */
  width?: number;
  /** Further actions after the download (e.g. "Add"). */
  children?: ReactNode;
}

/** The year picker of a yearly page's header, with the download of that year's XLSX. */
export function YearReportBar({ label, choice, download, width = 140, children }: YearReportBarProps) {
  return (
    <Group align="end">
      <Select
        w={width}
        allowDeselect={false}
        label={label}
        data={choice.years.map(String)}
        value={String(choice.year)}
        onChange={(value) => {
          if (value) choice.setYear(Number(value));
        }}
      />
      {download && (
        <Button {...button.secondary} component="a" href={download.href} download>
          {download.label}
        </Button>
      )}
      {children}
    </Group>
  );
}
