-- Exchange packages between installations (DESIGN.md §7, docs/decisions/0013).

-- Installations whose packages this one accepts: the key fingerprint trusted for each installation id.
CREATE TABLE trusted_installation (
    installation_id  UUID PRIMARY KEY,
    key_fingerprint  VARCHAR(100) NOT NULL,  -- SHA-256 hex in groups of four
    author_name      VARCHAR(200),
    trusted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    trusted_by       UUID
);

-- Per record and peer installation: the content hash both sides last agreed on (written on export and on
-- import). A record whose hash moved on both sides since then is a conflict.
CREATE TABLE exchange_agreement (
    record_id          UUID NOT NULL,
    peer_installation  UUID NOT NULL,
    content_hash       VARCHAR(64) NOT NULL,
    agreed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (record_id, peer_installation)
);
CREATE INDEX exchange_agreement_peer_idx ON exchange_agreement (peer_installation);

-- Packages written and read, so that "changes since the last package to ..." can name its recipients.
CREATE TABLE exchange_package (
    package_id         UUID NOT NULL,
    direction          VARCHAR(10) NOT NULL,
    peer_installation  UUID,
    peer_name          VARCHAR(200),
    record_count       INTEGER NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        UUID,
    PRIMARY KEY (package_id, direction)
);

-- A record changed on both sides: both versions kept until a reviewer picks one or merges them.
CREATE TABLE exchange_conflict (
    id                 UUID PRIMARY KEY,
    entity_type        VARCHAR(50) NOT NULL,
    record_id          UUID NOT NULL,
    peer_installation  UUID NOT NULL,
    package_id         UUID NOT NULL,
    theirs_json        VARCHAR NOT NULL,
    theirs_hash        VARCHAR(64) NOT NULL,
    theirs_version     BIGINT NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at        TIMESTAMP WITH TIME ZONE,
    resolved_by        UUID,
    resolution         VARCHAR(20)
);
CREATE INDEX exchange_conflict_open_idx ON exchange_conflict (resolved_at, record_id);
