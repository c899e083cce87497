-- A notification is identified by what the job writes it for: (purchase, kind, due date), the key that already made
-- the job idempotent. The surrogate id cost a sequence call and an index entry for every row written — the first run
-- over a two-year backlog at the benchmark scale (~7.9M rows) took 47 s with it, 41 s without — and a 176 MB index.
-- The API names a notification by its key ("4711-care-2026-01-05"; io.solemate.aftercare.NotificationKey), so ids
-- issued before this migration no longer resolve.
ALTER TABLE notifications DROP CONSTRAINT notifications_pkey;
ALTER TABLE notifications DROP COLUMN id;
ALTER TABLE notifications DROP CONSTRAINT notifications_once_key;
ALTER TABLE notifications ADD CONSTRAINT notifications_once_key PRIMARY KEY (purchase_id, kind, due_on);
