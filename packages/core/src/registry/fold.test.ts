import { describe, expect, it } from 'vitest';
import {
  foldName,
  levenshtein,
  maskName,
  personNameKeys,
  phoneticKey,
  queryScore,
  wordScore,
} from './fold.js';

describe('name folding', () => {
  it('lower-cases and strips Albanian and Serbian diacritics', () => {
    expect(foldName('Arbër Lajçi')).toBe('arber lajci');
    expect(foldName('Đorđević')).toBe('djordjevic');
    expect(foldName('Džemail Čolić-Šarić Žaklina')).toBe('dzemail colic saric zaklina');
    expect(foldName('KRASNIQI')).toBe('krasniqi');
    expect(foldName('  Nexhmije   Rama ')).toBe('nexhmije rama');
    expect(foldName('Ђорђевић')).toBe('djordjevic');
  });

  it('gives Albanian and Serbian spellings of a name one phonetic key', () => {
    expect(phoneticKey('Krasniqi')).toBe('krasnic');
    expect(phoneticKey('Krasniqe')).toBe('krasnic');
    expect(phoneticKey('Krasnići')).toBe('krasnic');
    expect(phoneticKey('Gjorgjeviq')).toBe(phoneticKey('Đorđević'));
    expect(phoneticKey('Xhemajl')).toBe(phoneticKey('Džemajl'));
    expect(phoneticKey('Hasani')).toBe(phoneticKey('Hassan'));
  });

  it('keeps the keys a person is stored with', () => {
    expect(personNameKeys({ firstName: 'Arbër', lastName: 'Krasniqi', fatherName: null })).toEqual({
      nameKey: 'arber krasniqi',
      firstPhon: 'arber',
      lastPhon: 'krasnic',
      fatherPhon: null,
    });
  });

  it('measures edit distance, giving up past the limit', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('kitten', 'sitting', 1)).toBe(2);
    expect(levenshtein('', 'abc')).toBe(3);
  });

  it('scores queries: exact, sound-alike, typing in progress, typo, no match', () => {
    const person = { firstName: 'Arbër', lastName: 'Krasniqi', fatherName: 'Rexhep' };
    expect(queryScore('KRASNIQI', person)).toBe(1);
    expect(queryScore('Krasniqe', person)).toBe(0.95);
    expect(queryScore('kras', person)).toBe(0.85);
    expect(queryScore('Krasnqi', person)).toBeGreaterThan(0.5);
    expect(queryScore('arber krasniqi', person)).toBe(1);
    expect(queryScore('Gashi', person)).toBe(0);
    expect(queryScore('Krasniqi Dren', person)).toBe(0);
    expect(wordScore('djordjevic', 'djordjevic')).toBe(1);
  });

  it('masks a name to its initials', () => {
    expect(maskName('Arbër', 'Krasniqi')).toBe('A. K.');
    expect(maskName('đorđe', 'Šaković')).toBe('Đ. Š.');
  });
});
