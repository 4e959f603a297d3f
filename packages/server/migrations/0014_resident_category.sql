-- Social care (issue 6) serves ordinary residents too — the elderly, people with disabilities,
-- children at risk, victims of domestic violence — who are neither returnees nor foreigners.
-- Until now they had to be registered as voluntary returnees, which corrupted the returnee
-- statistics. The registry gets a 'resident' category; 0002's default-named CHECK is replaced.

alter table persons drop constraint persons_category_check;

alter table persons add constraint persons_category_check check (category in (
  'returnee_voluntary', 'returnee_forced', 'returned_from_prison',
  'foreigner_protection', 'foreigner_residence', 'resident'));
