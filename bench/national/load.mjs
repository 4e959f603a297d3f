// Bulk loading without COPY (pg-copy-streams is not a dependency): rows go to PostgreSQL as one
// JSON array per statement, expanded there by json_to_recordset into a multi-row INSERT. One
// parameter per batch keeps far below the 65,535-parameter limit of a VALUES list and lets
// the server parse thousands of rows per round trip.

/** Column types of the tables the generator fills, in the order the rows are given. */
export const TABLES = {
  users: {
    id: 'uuid',
    username: 'text',
    full_name: 'text',
    email: 'text',
    institution_id: 'uuid',
    password_hash: 'text',
    locale: 'text',
    demo: 'boolean',
  },
  user_roles: { user_id: 'uuid', role_id: 'uuid' },
  households: {
    id: 'uuid',
    jurisdiction_id: 'uuid',
    settlement: 'text',
    address_line: 'text',
    phone: 'text',
    created_by: 'uuid',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  persons: {
    id: 'uuid',
    household_id: 'uuid',
    relation_to_head: 'text',
    jurisdiction_id: 'uuid',
    first_name: 'text',
    last_name: 'text',
    father_name: 'text',
    gender: 'text',
    date_of_birth: 'date',
    birth_year_only: 'boolean',
    personal_number: 'text',
    category: 'text',
    arrival_date: 'date',
    status_grant_date: 'date',
    country_returned_from: 'text',
    identity_documents: 'jsonb',
    community: 'text',
    languages: 'text[]',
    phone: 'text',
    vulnerability: 'text[]',
    sensitivity: 'text',
    merged_into: 'uuid',
    name_key: 'text',
    first_phon: 'text',
    last_phon: 'text',
    father_phon: 'text',
    created_by: 'uuid',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  cases: {
    id: 'uuid',
    number: 'text',
    jurisdiction_id: 'uuid',
    household_id: 'uuid',
    person_id: 'uuid',
    kind: 'text',
    clock_start: 'timestamptz',
    visit_due_at: 'timestamptz',
    closure_due_on: 'date',
    stage: 'text',
    status: 'text',
    sensitivity: 'text',
    case_manager_id: 'uuid',
    outcome: 'text',
    closed_at: 'timestamptz',
    closed_by: 'uuid',
    closure: 'jsonb',
    rent_fund_since: 'date',
    rent_reviewed_on: 'date',
    registered_by: 'uuid',
    version: 'integer',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  case_team: { case_id: 'uuid', user_id: 'uuid', role: 'text', added_at: 'timestamptz' },
  case_visits: {
    id: 'uuid',
    case_id: 'uuid',
    visited_at: 'timestamptz',
    outcome: 'text',
    team: 'jsonb',
    notes: 'text',
    recorded_by: 'uuid',
    created_at: 'timestamptz',
  },
  form_submissions: {
    id: 'uuid',
    case_id: 'uuid',
    form_key: 'text',
    form_version: 'integer',
    series_id: 'uuid',
    revision: 'integer',
    data: 'jsonb',
    needs: 'jsonb',
    submitted_by: 'uuid',
    submitted_at: 'timestamptz',
  },
  case_plans: {
    id: 'uuid',
    case_id: 'uuid',
    person_id: 'uuid',
    plan_type: 'text',
    plan_version: 'integer',
    status: 'text',
    goal: 'text',
    created_by: 'uuid',
    created_at: 'timestamptz',
    approved_by: 'uuid',
    approved_at: 'timestamptz',
    version: 'integer',
    updated_at: 'timestamptz',
  },
  case_plan_items: {
    id: 'uuid',
    plan_id: 'uuid',
    position: 'integer',
    service_code: 'text',
    need_path: 'text',
    domain: 'text',
    priority: 'text',
    responsible_institution_id: 'uuid',
    target_date: 'date',
    status: 'text',
    note: 'text',
  },
  case_manager_assignments: {
    id: 'uuid',
    case_id: 'uuid',
    user_id: 'uuid',
    decision_number: 'text',
    decision_date: 'date',
    reason: 'text',
    appointed_by: 'uuid',
    appointed_at: 'timestamptz',
    ended_at: 'timestamptz',
  },
  referrals: {
    id: 'uuid',
    case_id: 'uuid',
    person_id: 'uuid',
    to_institution_id: 'uuid',
    from_institution_id: 'uuid',
    plan_item_id: 'uuid',
    service_code: 'text',
    reason: 'text',
    status: 'text',
    sent_by: 'uuid',
    sent_at: 'timestamptz',
    received_by: 'uuid',
    received_at: 'timestamptz',
    answered_by: 'uuid',
    answered_at: 'timestamptz',
    decline_reason: 'text',
    completed_at: 'timestamptz',
    feedback: 'text',
    version: 'integer',
    updated_at: 'timestamptz',
  },
  monitoring_entries: {
    id: 'uuid',
    case_id: 'uuid',
    period: 'text',
    submission_id: 'uuid',
    received_nothing: 'boolean',
    created_by: 'uuid',
    created_at: 'timestamptz',
  },
  certificates: {
    id: 'uuid',
    case_id: 'uuid',
    person_id: 'uuid',
    number: 'text',
    issued_on: 'date',
    issued_by: 'uuid',
    created_at: 'timestamptz',
  },
  documents: {
    id: 'uuid',
    jurisdiction_id: 'uuid',
    case_id: 'uuid',
    person_id: 'uuid',
    submission_id: 'uuid',
    doc_type: 'text',
    series_id: 'uuid',
    revision: 'integer',
    file_name: 'text',
    content_type: 'text',
    size_bytes: 'bigint',
    sha256: 'text',
    storage_key: 'text',
    note: 'text',
    uploaded_by: 'uuid',
    uploaded_at: 'timestamptz',
  },
  case_events: {
    case_id: 'uuid',
    person_id: 'uuid',
    kind: 'text',
    at: 'timestamptz',
    actor_id: 'uuid',
    institution_id: 'uuid',
    details: 'jsonb',
  },
};

/** TABLES is in dependency order: a table references only tables before it. */
const ORDER = Object.keys(TABLES);

/** A value already serialised as JSON (a shared template with a date filled in, say). */
export class RawJson {
  constructor(json) {
    this.json = json;
  }
}

const encode = (value) => (value instanceof RawJson ? value.json : JSON.stringify(value));

/**
 * Buffers rows per table and writes them in batches on one client (inside the caller's
 * transaction). Rows are arrays in the column order of TABLES[table]. Statements are pipelined:
 * a batch is sent and generation goes on while PostgreSQL inserts it (at most `inflight`
 * batches queued), so the generator and the database use both cores. The connection runs the
 * statements in the order they were sent, which keeps parents before children.
 */
export class Loader {
  constructor(client, { batchRows = 5000, batchBytes = 8_000_000, inflight = 3 } = {}) {
    this.client = client;
    this.batchRows = batchRows;
    this.batchBytes = batchBytes;
    this.inflight = inflight;
    this.pending = [];
    this.tail = Promise.resolve();
    this.failure = null;
    this.buffers = new Map();
    this.counts = new Map();
    this.statements = new Map();
  }

  statement(table) {
    let text = this.statements.get(table);
    if (!text) {
      const columns = Object.entries(TABLES[table]);
      const names = columns.map(([name]) => name).join(', ');
      // The rows travel as JSON arrays (no keys: half the bytes of objects), parsed once as
      // jsonb and unpacked by position; times as epoch milliseconds.
      const select = columns
        .map(([, type], i) =>
          type === 'jsonb'
            ? `nullif(r -> ${i}, 'null'::jsonb)`
            : type === 'text[]'
              ? `array(select jsonb_array_elements_text(r -> ${i}))`
              : type === 'timestamptz'
                ? `to_timestamp((r ->> ${i})::float8 / 1000)`
                : `(r ->> ${i})::${type}`,
        )
        .join(', ');
      text = `insert into ${table} (${names}) select ${select} from jsonb_array_elements($1::jsonb) as r`;
      this.statements.set(table, text);
    }
    return text;
  }

  /** Buffers a row without flushing (small tables, synchronous callers). */
  push(table, row) {
    let buffer = this.buffers.get(table);
    if (!buffer) {
      buffer = { rows: [], bytes: 0 };
      this.buffers.set(table, buffer);
    }
    const json = `[${row.map(encode).join(',')}]`;
    buffer.rows.push(json);
    buffer.bytes += json.length;
    return buffer;
  }

  full(table) {
    const buffer = this.buffers.get(table);
    return Boolean(buffer) && (buffer.rows.length >= this.batchRows || buffer.bytes >= this.batchBytes);
  }

  async add(table, row) {
    this.push(table, row);
    if (this.full(table)) await this.flushThrough(table);
  }

  /** After push()es: writes the batches that are full. */
  async flushFull() {
    for (let i = ORDER.length - 1; i >= 0; i--) {
      if (this.full(ORDER[i])) return this.flushThrough(ORDER[i]);
    }
  }

  /** Parents first: a batch of children may reference rows still buffered for a parent table. */
  async flushThrough(table) {
    for (const parent of ORDER.slice(0, ORDER.indexOf(table) + 1)) await this.flush(parent);
  }

  async flush(table) {
    if (this.failure) throw this.failure;
    const buffer = this.buffers.get(table);
    if (!buffer || buffer.rows.length === 0) return;
    const payload = `[${buffer.rows.join(',')}]`;
    const n = buffer.rows.length;
    buffer.rows = [];
    buffer.bytes = 0;
    // One statement at a time on the connection, chained: the next starts when this one ends.
    const sent = this.tail.then(() =>
      this.failure
        ? undefined
        : this.client.query(this.statement(table), [payload]).then(
            () => this.counts.set(table, (this.counts.get(table) ?? 0) + n),
            (error) => {
              this.failure ??= new Error(`insert into ${table}: ${error.message}`, { cause: error });
            },
          ),
    );
    this.tail = sent;
    this.pending.push(sent);
    while (this.pending.length > this.inflight) await this.pending.shift();
    if (this.failure) throw this.failure;
  }

  /** Flushes every table, parents before children, and waits for every statement. */
  async flushAll() {
    for (const table of ORDER) await this.flush(table);
    await this.drain();
  }

  async drain() {
    while (this.pending.length) await this.pending.shift();
    if (this.failure) throw this.failure;
  }
}
