-- Fitted models are stored so that every replica serves the same version and a fit's CPU is spent once.
CREATE SEQUENCE model_version_seq;

CREATE TABLE model_snapshots (
    version     bigint      PRIMARY KEY,
    fitted_at   timestamptz NOT NULL,
    -- What the model was fitted on; a refit is skipped while the store's fingerprint is unchanged.
    fingerprint text        NOT NULL,
    data        bytea       NOT NULL
);
