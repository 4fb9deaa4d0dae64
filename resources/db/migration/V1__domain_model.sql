-- FairAudit domain model (DESIGN.md §2). Portable between H2 and PostgreSQL:
-- only UUID, VARCHAR, INTEGER, BIGINT, BOOLEAN, DATE and TIMESTAMP WITH TIME ZONE;
-- binary content uses the ${binary_type} placeholder (H2: BLOB, PostgreSQL: BYTEA).
-- VARCHAR without a length holds long free text (descriptions, notes, JSON).
-- Every domain record carries version, created_at, updated_at and updated_by (a profile id);
-- child tables (lists inside a record) belong to their parent record and carry none of these.

CREATE TABLE profile (
    id          UUID PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    role        VARCHAR(20) NOT NULL,
    version     BIGINT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  UUID
);

-- Installation-wide settings: installation id, current profile.
CREATE TABLE installation_setting (
    setting_key    VARCHAR(100) PRIMARY KEY,
    setting_value  VARCHAR(1000) NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE supplier (
    id              UUID PRIMARY KEY,
    name            VARCHAR(300) NOT NULL,
    os_id           VARCHAR(20),
    country         VARCHAR(2) NOT NULL,
    address         VARCHAR(1000),
    sector          VARCHAR(200),
    tier            INTEGER,
    parent_company  VARCHAR(300),
    contact         VARCHAR(1000),
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      UUID
);
CREATE INDEX supplier_name_idx ON supplier (name);

CREATE TABLE workforce_profile (
    id                   UUID PRIMARY KEY,
    supplier_id          UUID NOT NULL REFERENCES supplier (id),
    as_of                DATE NOT NULL,
    total_workers        INTEGER NOT NULL,
    women                INTEGER NOT NULL,
    agency_workers       INTEGER NOT NULL,
    young_workers        INTEGER NOT NULL,
    in_employer_housing  INTEGER NOT NULL,
    version              BIGINT NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           UUID
);
CREATE INDEX workforce_profile_supplier_idx ON workforce_profile (supplier_id, as_of);

CREATE TABLE workforce_migrant_group (
    workforce_id  UUID NOT NULL REFERENCES workforce_profile (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    nationality   VARCHAR(2) NOT NULL,
    workers       INTEGER NOT NULL,
    PRIMARY KEY (workforce_id, position)
);

CREATE TABLE recruitment_agency (
    id              UUID PRIMARY KEY,
    supplier_id     UUID NOT NULL REFERENCES supplier (id),
    name            VARCHAR(300) NOT NULL,
    country         VARCHAR(2) NOT NULL,
    licence_number  VARCHAR(100),
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      UUID
);
CREATE INDEX recruitment_agency_supplier_idx ON recruitment_agency (supplier_id);

-- Codes of conduct: one row per code *version*, written once and never rewritten (audits pin id + version).
-- Keyed by the code's own id and version rather than a UUID: both are stable names shared by every installation.
CREATE TABLE code (
    code_id       VARCHAR(100) NOT NULL,
    code_version  VARCHAR(50) NOT NULL,
    title         VARCHAR(500) NOT NULL,
    issuer        VARCHAR(300),
    language      VARCHAR(20),
    description   VARCHAR,
    version       BIGINT NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID,
    PRIMARY KEY (code_id, code_version)
);

CREATE TABLE code_section (
    code_id       VARCHAR(100) NOT NULL,
    code_version  VARCHAR(50) NOT NULL,
    section_id    VARCHAR(100) NOT NULL,
    position      INTEGER NOT NULL,
    title         VARCHAR(500) NOT NULL,
    PRIMARY KEY (code_id, code_version, section_id),
    FOREIGN KEY (code_id, code_version) REFERENCES code (code_id, code_version)
);

-- check_by, instrument_refs and topics are JSON arrays of strings: read and written only as part of the code.
CREATE TABLE requirement (
    code_id           VARCHAR(100) NOT NULL,
    code_version      VARCHAR(50) NOT NULL,
    ref               VARCHAR(100) NOT NULL,
    section_id        VARCHAR(100) NOT NULL,
    position          INTEGER NOT NULL, -- across the whole code, in section order
    requirement_text  VARCHAR NOT NULL,
    guidance          VARCHAR NOT NULL,
    check_by          VARCHAR(500) NOT NULL,
    instrument_refs   VARCHAR NOT NULL,
    topics            VARCHAR NOT NULL,
    default_severity  VARCHAR(20) NOT NULL,
    zero_tolerance    BOOLEAN NOT NULL,
    indicator         VARCHAR(60),
    strong_indicator  BOOLEAN NOT NULL,
    PRIMARY KEY (code_id, code_version, ref),
    FOREIGN KEY (code_id, code_version, section_id) REFERENCES code_section (code_id, code_version, section_id)
);
CREATE INDEX requirement_indicator_idx ON requirement (indicator, code_id, ref);

CREATE TABLE audit (
    id                     UUID PRIMARY KEY,
    supplier_id            UUID NOT NULL REFERENCES supplier (id),
    audit_type             VARCHAR(20) NOT NULL,
    announcement           VARCHAR(20) NOT NULL,
    start_date             DATE,
    end_date               DATE,
    lead_auditor           VARCHAR(300),
    team                   VARCHAR(1000),
    status                 VARCHAR(20) NOT NULL,
    interviews_migrant     INTEGER NOT NULL,
    interviews_local       INTEGER NOT NULL,
    interviews_women       INTEGER NOT NULL,
    interviews_men         INTEGER NOT NULL,
    interviews_individual  INTEGER NOT NULL,
    interviews_group       INTEGER NOT NULL,
    version                BIGINT NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by             UUID
);
CREATE INDEX audit_supplier_idx ON audit (supplier_id);
CREATE INDEX audit_status_idx ON audit (status);

-- The code versions an audit applies, in the order it lists them; fixed when the audit is created.
CREATE TABLE audit_code (
    audit_id      UUID NOT NULL REFERENCES audit (id),
    position      INTEGER NOT NULL,
    code_id       VARCHAR(100) NOT NULL,
    code_version  VARCHAR(50) NOT NULL,
    PRIMARY KEY (audit_id, position),
    FOREIGN KEY (code_id, code_version) REFERENCES code (code_id, code_version)
);

-- Checklist order comes from audit_code.position and requirement.position.
CREATE TABLE response (
    id               UUID PRIMARY KEY,
    audit_id         UUID NOT NULL REFERENCES audit (id),
    code_id          VARCHAR(100) NOT NULL,
    requirement_ref  VARCHAR(100) NOT NULL,
    result           VARCHAR(20) NOT NULL,
    notes            VARCHAR,
    interview_notes  VARCHAR, -- confidential
    version          BIGINT NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       UUID,
    UNIQUE (audit_id, code_id, requirement_ref)
);

CREATE TABLE response_evidence (
    response_id  UUID NOT NULL REFERENCES response (id) ON DELETE CASCADE,
    source       VARCHAR(30) NOT NULL,
    PRIMARY KEY (response_id, source)
);

CREATE TABLE finding (
    id                 UUID PRIMARY KEY,
    supplier_id        UUID NOT NULL REFERENCES supplier (id),
    audit_id           UUID REFERENCES audit (id),
    severity           VARCHAR(20) NOT NULL,
    description        VARCHAR NOT NULL,
    evidence           VARCHAR,
    workers_affected   INTEGER,
    scope              VARCHAR(20),
    root_cause         VARCHAR,
    status             VARCHAR(20) NOT NULL,
    raised_on          DATE,
    worker_pseudonyms  VARCHAR, -- confidential
    version            BIGINT NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         UUID
);
-- dashboard: open findings by severity; findings list: by supplier / audit, newest first
CREATE INDEX finding_status_severity_idx ON finding (status, severity);
CREATE INDEX finding_supplier_idx ON finding (supplier_id, status);
CREATE INDEX finding_audit_idx ON finding (audit_id);
CREATE INDEX finding_raised_idx ON finding (raised_on, created_at);

CREATE TABLE finding_requirement (
    finding_id       UUID NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    code_id          VARCHAR(100) NOT NULL,
    requirement_ref  VARCHAR(100) NOT NULL,
    PRIMARY KEY (finding_id, position)
);
CREATE INDEX finding_requirement_ref_idx ON finding_requirement (code_id, requirement_ref);

CREATE TABLE finding_indicator (
    finding_id  UUID NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    indicator   VARCHAR(60) NOT NULL,
    PRIMARY KEY (finding_id, indicator)
);

CREATE TABLE corrective_action (
    id                   UUID PRIMARY KEY,
    finding_id           UUID NOT NULL REFERENCES finding (id),
    action               VARCHAR NOT NULL,
    owner                VARCHAR(300),
    due_date             DATE,
    status               VARCHAR(20) NOT NULL,
    verification_method  VARCHAR(1000),
    verified_on          DATE,
    verifier             VARCHAR(300),
    version              BIGINT NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           UUID
);
CREATE INDEX corrective_action_finding_idx ON corrective_action (finding_id, status, due_date);
-- dashboard: overdue actions (open, due before today)
CREATE INDEX corrective_action_due_idx ON corrective_action (status, due_date);

-- File bytes, stored once per SHA-256 whatever the number of attachments pointing at them.
CREATE TABLE attachment_content (
    sha256      VARCHAR(64) PRIMARY KEY,
    size_bytes  BIGINT NOT NULL,
    content     ${binary_type} NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- owner_id: any record (response, finding, supplier, ...); no foreign key for that reason.
CREATE TABLE attachment (
    id          UUID PRIMARY KEY,
    owner_id    UUID NOT NULL,
    file_name   VARCHAR(500) NOT NULL,
    media_type  VARCHAR(200) NOT NULL,
    size_bytes  BIGINT NOT NULL,
    sha256      VARCHAR(64) NOT NULL REFERENCES attachment_content (sha256),
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  UUID
);
CREATE INDEX attachment_owner_idx ON attachment (owner_id);

-- Append-only change log; hash = SHA-256(previous hash || entry), see docs/decisions/0005.
CREATE TABLE change_log (
    seq          BIGINT PRIMARY KEY,
    entity_type  VARCHAR(50) NOT NULL,
    record_id    UUID NOT NULL,
    operation    VARCHAR(10) NOT NULL,
    profile_id   UUID,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    before_json  VARCHAR,
    after_json   VARCHAR,
    hash         VARCHAR(64) NOT NULL
);
CREATE INDEX change_log_record_idx ON change_log (record_id);

-- The end of the chain. Every writing transaction locks this single row first, so entries are
-- appended one transaction at a time, also when several processes share a PostgreSQL database.
CREATE TABLE change_log_head (
    id         INTEGER PRIMARY KEY,
    last_seq   BIGINT NOT NULL,
    last_hash  VARCHAR(64) NOT NULL
);
INSERT INTO change_log_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
