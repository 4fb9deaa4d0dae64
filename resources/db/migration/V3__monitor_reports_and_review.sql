-- Monitor reports filed by unions and NGOs, and the review history of reports and audits (DESIGN.md §1, §2).
-- Same conventions as V1: UUID keys; version, created_at, updated_at, updated_by on every record.

CREATE TABLE monitor_report (
    id                   UUID PRIMARY KEY,
    supplier_id          UUID NOT NULL REFERENCES supplier (id),
    filing_organisation  VARCHAR(300) NOT NULL,
    filed_on             DATE NOT NULL,
    allegation           VARCHAR NOT NULL,
    evidence             VARCHAR,
    workers_affected     INTEGER,
    reporter_identity    VARCHAR, -- confidential
    worker_pseudonyms    VARCHAR, -- confidential
    confidential         BOOLEAN NOT NULL,
    status               VARCHAR(20) NOT NULL,
    filed_by             UUID NOT NULL, -- the monitor's profile: a monitor sees only the reports it filed
    version              BIGINT NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           UUID
);
CREATE INDEX monitor_report_filed_by_idx ON monitor_report (filed_by, filed_on);
CREATE INDEX monitor_report_status_idx ON monitor_report (status);

CREATE TABLE monitor_report_requirement (
    report_id        UUID NOT NULL REFERENCES monitor_report (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    code_id          VARCHAR(100) NOT NULL,
    requirement_ref  VARCHAR(100) NOT NULL,
    PRIMARY KEY (report_id, position)
);

CREATE TABLE monitor_report_indicator (
    report_id  UUID NOT NULL REFERENCES monitor_report (id) ON DELETE CASCADE,
    indicator  VARCHAR(60) NOT NULL,
    PRIMARY KEY (report_id, indicator)
);

-- Review history: one row per status change, with the comment and who made it (name as it was then).
CREATE TABLE monitor_report_event (
    id             UUID PRIMARY KEY,
    report_id      UUID NOT NULL REFERENCES monitor_report (id),
    from_status    VARCHAR(20) NOT NULL,
    to_status      VARCHAR(20) NOT NULL,
    review_comment VARCHAR NOT NULL,
    reviewer_id    UUID NOT NULL,
    reviewer_name  VARCHAR(200) NOT NULL,
    version        BIGINT NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     UUID
);
CREATE INDEX monitor_report_event_report_idx ON monitor_report_event (report_id, created_at);

CREATE TABLE audit_review_event (
    id             UUID PRIMARY KEY,
    audit_id       UUID NOT NULL REFERENCES audit (id),
    from_status    VARCHAR(20) NOT NULL,
    to_status      VARCHAR(20) NOT NULL,
    review_comment VARCHAR NOT NULL,
    reviewer_id    UUID NOT NULL,
    reviewer_name  VARCHAR(200) NOT NULL,
    version        BIGINT NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     UUID
);
CREATE INDEX audit_review_event_audit_idx ON audit_review_event (audit_id, created_at);

-- A finding comes from an audit (audit_id) or a monitor report; a report may also be linked to an existing finding.
ALTER TABLE finding ADD COLUMN monitor_report_id UUID REFERENCES monitor_report (id);
CREATE INDEX finding_monitor_report_idx ON finding (monitor_report_id);
