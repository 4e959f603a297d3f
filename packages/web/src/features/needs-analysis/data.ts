import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { NeedsAnalysis, NeedsImportBody, NeedsImportSummary, NeedsVocabulary } from '@vatra/core';
import { api, buildUrl } from '../../api/client';

// The needs-analysis queries: the analysis of a municipality and year, its imports, the
// vocabulary the import accepts; and the import itself, which refreshes all three.

export const needsKeys = {
  all: ['needs-analysis'] as const,
  analysis: (municipality: string, year: number | null) =>
    ['needs-analysis', 'analysis', municipality, year] as const,
  imports: (municipality: string) => ['needs-analysis', 'imports', municipality] as const,
  vocabulary: (municipality: string) => ['needs-analysis', 'vocabulary', municipality] as const,
};

export function useNeedsAnalysis(municipality: string, year: number | null) {
  return useQuery({
    queryKey: needsKeys.analysis(municipality, year),
    queryFn: () => api.get<NeedsAnalysis>('/api/needs-analysis', { municipality, year }),
    enabled: municipality !== '',
  });
}

export function useNeedsImports(municipality: string) {
  return useQuery({
    queryKey: needsKeys.imports(municipality),
    queryFn: async () =>
      (await api.get<{ items: NeedsImportSummary[] }>('/api/needs-analysis/imports', { municipality })).items,
    enabled: municipality !== '',
  });
}

export function useNeedsVocabulary(municipality: string) {
  return useQuery({
    queryKey: needsKeys.vocabulary(municipality),
    queryFn: () => api.get<NeedsVocabulary>('/api/needs-analysis/vocabulary', { municipality }),
    enabled: municipality !== '',
  });
}

export function useImportNeeds() {
  const queryClient = useQueryClient();
  return async (body: NeedsImportBody) => {
    const result = await api.post<NeedsImportSummary>('/api/needs-analysis/imports', body);
    await queryClient.invalidateQueries({ queryKey: needsKeys.all });
    return result;
  };
}

export const needsFileUrl = (
  what: 'template' | 'sample',
  query: { municipality: string; kind: string; format: 'csv' | 'xlsx' },
) => buildUrl(`/api/needs-analysis/${what}`, query);

/** A chosen file as the import wants it: CSV as text, XLSX as base64. */
export async function fileContent(file: File): Promise<{ format: 'csv' | 'xlsx'; content: string }> {
  if (/\.xlsx$/i.test(file.name)) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { format: 'xlsx', content: btoa(binary) };
  }
  return { format: 'csv', content: await file.text() };
}

/** Coverage as a percentage with one decimal, the number formatted in the user's language. */
export const percent = (value: number | null, number: (value: number) => string) =>
  value === null ? '—' : `${number(Math.round(value * 1000) / 10)} %`;

/** Units the source reports together, as the import writes them. */
export const joinUnits = (names: string[]) => names.join(' + ');

/** Codes or names listed in a sentence. */
export const listText = (items: readonly string[]) => items.join(', ');

/** The four figures of a group's coverage, in the order shown. */
export const COVERAGE_KEYS = ['inNeed', 'served', 'coverage', 'gap'] as const;

export const FILE_FORMATS = ['csv', 'xlsx'] as const;
