import { NumberInput, type NumberInputProps } from '@mantine/core';

/** Thousands grouped by a space, as amounts are written in Kosovo and Albania. */
const GROUPED = { thousandSeparator: ' ', decimalScale: 2, min: 0 } as const;

/** An amount of money: never negative, two decimals, the currency's code at the end of the field. */
export function MoneyInput({ currency, ...props }: NumberInputProps & { currency: string }) {
  return <NumberInput {...GROUPED} rightSection={currency} {...props} />;
}
