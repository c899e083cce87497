-- What a model fit reads instead of the raw interaction log (issue 14, item 8): the log folded per
-- (user, shoe, kind, rating value, UTC day). This migration is the one definition of that aggregate; the fit
-- (io.solemate.recommend.training.InteractionReader), the compaction job (io.solemate.interactions.services.
-- InteractionCompaction) and any other reader (the Spark job) use fold_interactions() or the table, and
-- io.solemate.recommend.model.InteractionAggregates.fold mirrors it in Java for logs held in memory.
--
-- A row holds everything the models apply: the event weights (kind, and the value of a rating), decay (the mean
-- time, epoch_sum / events), the returns rule (last_at of a pair's purchases and returns) and per-user time order
-- at day resolution (first_at, last_at). Times are whole seconds, extract(epoch FROM occurred_at)::bigint, as the
-- fit read them before, and the day is the UTC day of that second. The raw log stays: ingestion's idempotency,
-- purchases and returns refer to it; only fits stop reading it whole.

CREATE FUNCTION fold_interactions(after_id bigint, through_id bigint)
    RETURNS TABLE (user_id bigint, shoe_id bigint, kind text, value real, day date, events integer,
                   epoch_sum bigint, first_at timestamptz, last_at timestamptz)
    LANGUAGE sql STABLE AS
$$
    SELECT i.user_id, i.shoe_id, i.kind,
           -- Only a rating's value weighs; other kinds fold together whatever value they carry.
           CASE WHEN i.kind = 'rating' THEN i.value ELSE 0 END,
           date '1970-01-01' + floor(t.epoch / 86400.0)::integer,
           count(*)::integer, sum(t.epoch)::bigint, to_timestamp(min(t.epoch)), to_timestamp(max(t.epoch))
    FROM interactions i
         CROSS JOIN LATERAL (SELECT extract(epoch FROM i.occurred_at)::bigint AS epoch) t
    WHERE i.id > after_id AND i.id <= through_id
    GROUP BY 1, 2, 3, 4, 5
$$;

COMMENT ON FUNCTION fold_interactions(bigint, bigint) IS
    'The interactions with after_id < id <= through_id folded per (user, shoe, kind, rating value, UTC day): '
    'the definition of interaction_aggregates (V13).';

CREATE TABLE interaction_aggregates (
    user_id   bigint      NOT NULL,
    shoe_id   bigint      NOT NULL,
    kind      text        NOT NULL,
    -- The rating (1..5) for kind 'rating'; 0 for every other kind.
    value     real        NOT NULL,
    day       date        NOT NULL,
    events    integer     NOT NULL CHECK (events > 0),
    -- Sum of the events' epoch seconds: their mean time is epoch_sum / events.
    epoch_sum bigint      NOT NULL,
    first_at  timestamptz NOT NULL,
    last_at   timestamptz NOT NULL,
    PRIMARY KEY (user_id, shoe_id, kind, value, day)
);
-- A fit with a bounded window (solemate.recommend.fit-window-days) reads the recent days only.
CREATE INDEX interaction_aggregates_day_idx ON interaction_aggregates (day);

COMMENT ON TABLE interaction_aggregates IS
    'fold_interactions() of every interaction with id <= interaction_compaction.compacted_through';

-- How far the log is folded into interaction_aggregates: moved in the same transaction as the rows it covers.
CREATE TABLE interaction_compaction (
    singleton         boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    compacted_through bigint  NOT NULL
);
INSERT INTO interaction_compaction (compacted_through) VALUES (0);
