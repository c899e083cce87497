-- Collaborative models trained outside the service (the Spark job in src/spark, issue 17). A version is served only
-- once its als_model_commits row exists: the job writes that row last. Replicas with
-- solemate.recommend.trainer=external load the item factors whole and read a customer's factors by primary key.
CREATE TABLE als_models (
    version            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    trained_at         timestamptz NOT NULL,
    -- The log up to this id was read: the job's JDBC partitions are bounded by it.
    max_interaction_id bigint      NOT NULL,
    factors            integer     NOT NULL CHECK (factors > 0),
    iterations         integer     NOT NULL CHECK (iterations > 0),
    regularization     real        NOT NULL,
    alpha              real        NOT NULL,
    params_source      text        NOT NULL
);

-- No foreign keys to shoes or users: the job bulk-writes millions of rows, and a shoe or customer deleted after
-- the job read the log is simply not served.
CREATE TABLE als_item_factors (
    model_version bigint  NOT NULL REFERENCES als_models (version) ON DELETE CASCADE,
    shoe_id       bigint  NOT NULL,
    factors       real[]  NOT NULL,
    -- Summed decayed weight of the shoe's interactions: popularity, fitted where the whole log is read.
    popularity    float8  NOT NULL,
    PRIMARY KEY (model_version, shoe_id)
);

CREATE TABLE als_user_factors (
    model_version bigint NOT NULL REFERENCES als_models (version) ON DELETE CASCADE,
    user_id       bigint NOT NULL,
    factors       real[] NOT NULL,
    PRIMARY KEY (model_version, user_id)
);

CREATE TABLE item_cooccurrence (
    model_version bigint  NOT NULL REFERENCES als_models (version) ON DELETE CASCADE,
    shoe_id       bigint  NOT NULL,
    other_shoe_id bigint  NOT NULL,
    users         integer NOT NULL CHECK (users > 0),
    PRIMARY KEY (model_version, shoe_id, other_shoe_id)
);

CREATE TABLE als_model_commits (
    model_version bigint      PRIMARY KEY REFERENCES als_models (version) ON DELETE CASCADE,
    committed_at  timestamptz NOT NULL DEFAULT now(),
    users         bigint      NOT NULL,
    shoes         bigint      NOT NULL,
    entries       bigint      NOT NULL
);
