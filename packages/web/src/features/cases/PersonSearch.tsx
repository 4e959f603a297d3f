import { useState } from 'react';
import { Button, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { personalNumber } from '@vatra/core';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import type { PersonSearchHit, PersonSearchPage } from '../../api/types';
import { button, text } from '../../components/presets';
import { useFormat } from '../../lib/locale';
import { personName } from './parts';

/**
 * The registry's tolerant person search as the user types (spellings, diacritics, phonetic
 * keys); a personal number is looked up as one, exactly. Nothing is asked below two letters.
 */
export function usePersonSearch(purpose: string) {
  const [q, setQ] = useState('');
  const [search] = useDebouncedValue(q.trim(), 300);
  const byNumber = personalNumber.safeParse(search).success;
  const hits = useQuery({
    queryKey: [...keys.personSearch, purpose, search],
    queryFn: () =>
      api.get<PersonSearchPage>('/api/persons/search', {
        ...(byNumber ? { personalNumber: search } : { q: search }),
        pageSize: 10,
      }),
    enabled: search.length >= 2,
    placeholderData: keepPreviousData,
  });
  // what was found for the words typed (no answer before two letters)
  const found = search.length >= 2 ? hits.data : undefined;
  return { q, setQ, hits, found };
}

/** The people found, each with the date of birth, the place and the number that tell them apart. */
export function PersonHitTable({
  hits,
  pickLabel,
  onPick,
}: {
  hits: PersonSearchHit[];
  pickLabel: string;
  onPick: (hit: PersonSearchHit) => void;
}) {
  const format = useFormat();
  return (
    <Table>
      <Table.Tbody>
        {hits.map((hit) => (
          <Table.Tr key={hit.id}>
            <Table.Td>
              <Text fw={600}>{personName(hit)}</Text>
              <Text {...text.caption}>
                {[
                  hit.dateOfBirth ? format.date(hit.dateOfBirth) : null,
                  format.name(hit.jurisdiction.name),
                  hit.personalNumber,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Table.Td>
            <Table.Td w={110} ta="right">
              <Button {...button.small} onClick={() => onPick(hit)}>
                {pickLabel}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
