-- Registry: households and persons (returnees and foreigners).
--
-- Name search works on both engines without extensions: the application keeps folded and
-- phonetic keys of the names (core/registry/fold.ts); SQL narrows by key prefix, date of birth or
-- personal number through the indexes below, and the application ranks the bounded candidate set.

create table households (
  id uuid primary key default gen_random_uuid(),
  -- The municipality (or administrative unit) of registration.
  jurisdiction_id uuid not null references jurisdictions (id),
  settlement text not null,
  address_line text,
  phone text,
  version integer not null default 1,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index households_jurisdiction on households (jurisdiction_id);

create table persons (
  id uuid primary key default gen_random_uuid(),
  household_id uuid references households (id),
  relation_to_head text check (relation_to_head in ('head', 'spouse', 'child', 'parent', 'sibling',
    'grandchild', 'grandparent', 'other_relative', 'other')),
  jurisdiction_id uuid not null references jurisdictions (id),
  first_name text not null,
  last_name text not null,
  father_name text,
  gender text not null check (gender in ('female', 'male', 'other')),
  date_of_birth date,
  birth_year_only boolean not null default false,
  personal_number text,
  category text not null check (category in ('returnee_voluntary', 'returnee_forced',
    'returned_from_prison', 'foreigner_protection', 'foreigner_residence')),
  arrival_date date,
  status_grant_date date,
  country_returned_from text check (country_returned_from ~ '^[A-Z]{2}$'),
  identity_documents jsonb not null default '[]',
  community text check (community in ('albanian', 'serbian', 'roma', 'ashkali', 'egyptian',
    'bosniak', 'turkish', 'gorani', 'other')),
  languages text[] not null default '{}',
  phone text,
  vulnerability text[] not null default '{}',
  sensitivity text not null default 'normal' check (sensitivity in ('normal', 'sensitive', 'restricted')),
  -- A merged record points to the survivor; it is kept, never deleted.
  merged_into uuid references persons (id) deferrable initially deferred,
  -- Folded full name ("first last": lower-case, no diacritics), for equality and duplicates.
  name_key text not null,
  -- Phonetic keys of the first and last name, for tolerant prefix search.
  first_phon text not null,
  last_phon text not null,
  father_phon text,
  version integer not null default 1,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (merged_into is null or merged_into <> id)
);
create unique index persons_personal_number on persons (personal_number) where personal_number is not null;
create index persons_household on persons (household_id);
create index persons_jurisdiction on persons (jurisdiction_id);
-- Search inside a jurisdiction: the place first, then the key prefix (first or last name).
create index persons_place_last on persons (jurisdiction_id, last_phon text_pattern_ops) where merged_into is null;
create index persons_place_first on persons (jurisdiction_id, first_phon text_pattern_ops) where merged_into is null;
-- Duplicates across the country: last name then first name, and the two swapped.
create index persons_last_first on persons (last_phon text_pattern_ops, first_phon text_pattern_ops)
  where merged_into is null;
create index persons_first_last on persons (first_phon text_pattern_ops, last_phon text_pattern_ops)
  where merged_into is null;
create index persons_name_key_birth on persons (name_key, date_of_birth) where merged_into is null;
create index persons_birth on persons (date_of_birth) where merged_into is null;
create index persons_merged_into on persons (merged_into) where merged_into is not null;
