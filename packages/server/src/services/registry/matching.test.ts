import { describe, expect, it } from 'vitest';
import { duplicateMatch } from './matching.js';

const existing = {
  firstName: 'Arbër',
  lastName: 'Krasniqi',
  dateOfBirth: '1984-03-12',
  birthYearOnly: false,
  personalNumber: '1234567890',
};

describe('duplicate judgement', () => {
  it('is strong for the same personal number, or the same name (any spelling) and date of birth', () => {
    expect(duplicateMatch({ firstName: 'X', lastName: 'Y', personalNumber: '1234567890' }, existing)).toEqual(
      {
        score: 1,
        strong: true,
      },
    );
    expect(
      duplicateMatch({ firstName: 'ARBER', lastName: 'Krasniqe', dateOfBirth: '1984-03-12' }, existing),
    ).toMatchObject({
      strong: true,
    });
    expect(
      duplicateMatch({ firstName: 'Krasniqi', lastName: 'Arbër', dateOfBirth: '1984-03-12' }, existing),
    ).toMatchObject({
      strong: true,
    });
  });

  it('is weak for a typo, an unknown or different date of birth, and nothing for another name', () => {
    const typo = duplicateMatch(
      { firstName: 'Arbër', lastName: 'Krasnqi', dateOfBirth: '1984-03-12' },
      existing,
    );
    expect(typo.strong).toBe(false);
    expect(typo.score).toBeGreaterThan(0.8);
    expect(duplicateMatch({ firstName: 'Arbër', lastName: 'Krasniqi' }, existing)).toEqual({
      score: 0.8,
      strong: false,
    });
    expect(
      duplicateMatch({ firstName: 'Arbër', lastName: 'Krasniqi', dateOfBirth: '1999-01-01' }, existing).score,
    ).toBe(0.5);
    expect(
      duplicateMatch({ firstName: 'Vesa', lastName: 'Gashi', dateOfBirth: '1984-03-12' }, existing).score,
    ).toBe(0);
  });
});
