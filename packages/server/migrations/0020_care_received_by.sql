-- Social care, issue 6: how a case was received, next to its channel. A village head who phones
-- the office is the channel "village head" received by phone; until now only the referrer's text
-- could say so. Cases of the referral phone line were received by phone; the others are taken as
-- received in person (the form's default).
alter table care_cases
  add column received_by text not null default 'in_person'
  check (received_by in ('in_person', 'phone', 'written', 'email'));
update care_cases set received_by = 'phone' where channel = 'phone_line';
