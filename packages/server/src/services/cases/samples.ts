// Invented answers for the case forms, for tests and demo data: valid against the shipped
// Kosovo definitions (config/forms/kosovo/*.v1.json). Members are person ids of the household.

export interface SampleFamily {
  adults: string[];
  children: string[];
}

export function sampleFvn(family: SampleFamily, visitDate: string): Record<string, unknown> {
  const [head] = family.adults;
  return {
    visit: {
      visit_date: visitDate,
      location: 'home',
      interviewed_person: 'Kryefamiljari',
      team_institutions: ['zkkk', 'qps'],
      interview_language: 'albanian',
    },
    household: {
      household_size: family.adults.length + family.children.length,
      children_count: family.children.length,
      single_parent: family.adults.length === 1 && family.children.length > 0,
      members_abroad: false,
    },
    documents: [...family.adults, ...family.children].map((member, index) =>
      index === family.adults.length && family.children.length
        ? {
            member,
            birth_registered: false,
            documents_missing: ['birth_certificate'],
            events_abroad: ['birth'],
            need: {
              needed: true,
              priority: 'high',
              note: 'I lindur jashtë vendit, lindja nuk është regjistruar në Kosovë',
            },
          }
        : { member, birth_registered: true, documents_held: ['id_card'], need: { needed: false } },
    ),
    housing: {
      housing_status: 'rented_programme',
      rooms: 2,
      condition: 'needs_repair',
      repairs_needed: ['heating'],
      utilities: ['electricity', 'running_water'],
      property: 'damaged_house',
      property_documented: true,
      need: { needed: true, priority: 'high' },
    },
    employment: family.adults.map((member) =>
      member === head
        ? {
            member,
            employment_status: 'unemployed',
            registered_job_seeker: false,
            education_level: 'secondary',
            literate: true,
            labour_measures: ['job_mediation'],
            need: { needed: true, priority: 'medium' },
          }
        : {
            member,
            employment_status: 'homemaker',
            education_level: 'primary',
            literate: true,
            need: { needed: false },
          },
    ),
    education: family.children.map((member) => ({
      member,
      enrolment: 'not_enrolled',
      schooling_abroad: true,
      school_documents: 'incomplete',
      needs_document_recognition: true,
      needs_language_course: true,
      special_educational_needs: false,
      need: { needed: true, priority: 'high' },
    })),
    health: [...family.adults, ...family.children].map((member) => ({
      member,
      chronic_illness: false,
      disability: false,
      regular_medication: false,
      need: { needed: false },
    })),
    social_assistance: {
      income_sources: ['none'],
      household_income: 0,
      receives_assistance: false,
      possibly_eligible: true,
      need: { needed: true, priority: 'high' },
    },
    psychosocial: { signs: [], wants_support: false, need: { needed: false } },
    vulnerability: {
      categories: [],
      safety_concern: false,
      vulnerability_level: 'medium',
      need: { needed: false },
    },
    legal: { legal_issues: [], need: { needed: false } },
    summary: {
      priority_summary: 'Regjistrimi i lindjes, regjistrimi në shkollë, ngrohja para dimrit.',
      informed_rights: true,
      data_sharing_consent: true,
    },
  };
}

export function sampleAnamnesis(reportDate: string): Record<string, unknown> {
  return {
    report: { report_date: reportDate, social_worker: 'Punëtore sociale', sources: ['home_visit', 'fvn'] },
    family_history: { composition: 'Prindërit dhe fëmijët.', relations: 'supportive' },
    migration_history: {
      arrival_type: 'forced_return',
      years_away: 5,
      countries: 'Germany',
      future_plans: 'stay',
    },
    current_situation: { housing: 'Banesë me qira e paguar nga programi.', economic: 'Pa të ardhura.' },
    social_network: { relatives_support: 'some', community_ties: 'some' },
    risks: { factors: ['poverty'], protection_concern: false, risk_level: 'medium' },
    assessment: {
      strengths: 'Prindër të motivuar.',
      assessment: 'Së pari dokumentet dhe regjistrimi në shkollë.',
      main_need: { needed: true, domain: 'education', priority: 'high' },
    },
    recommendation: {
      services: ['civil_documents', 'education'],
      recommendation: 'Të hartohet PIR-i.',
      individual_plan: true,
    },
  };
}

export function sampleMonitoring(date: string, receivedNothing: boolean): Record<string, unknown> {
  return {
    contact: { monitoring_date: date, contact_type: 'home_visit', family_reached: true },
    services: receivedNothing
      ? { received_nothing: true, no_service_reason: 'Pritet përgjigjja e shkollës.' }
      : {
          received_nothing: false,
          areas_received: ['civil_documents'],
          services_details: 'Lindja u regjistrua.',
        },
    needs_progress: {
      documents: receivedNothing ? 'in_progress' : 'met',
      housing: 'in_progress',
      income_employment: 'not_started',
      education: 'in_progress',
      health: 'no_need',
      social_assistance: 'in_progress',
      psychosocial: 'no_need',
      legal: 'no_need',
    },
    requests: { requests_filed: false },
    checks: { school_attendance: 'none', job_seekers_registered: 'none' },
    assessment: { situation: 'unchanged', plan_revision_needed: false },
  };
}
