import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/locale';

/** An amount with its currency code, in the reader's number format. */
export function useMoney() {
  const { t } = useTranslation();
  const format = useFormat();
  return (amount: number | null, currency: string) =>
    amount === null
      ? t('socialFund.none')
      : t('socialFund.money', { amount: format.number(amount), currency });
}
