-- A notification is identified by its purchase, its kind and its ordinal: the n-th care reminder of a purchase, the
-- (one) replacement suggestion. The due date was part of the key, and it moves with settings and the catalogue (a
-- shoe's care interval or lifespan, the replacement window): any change then wrote a second set of notifications for
-- every purchase. With the ordinal a reminder already written stays what it is, and only those not yet written are
-- scheduled by the new settings. The API names a notification "<purchase>-<kind>-<ordinal>" ("4711-care-3").
--
-- Existing notifications are kept: care reminders are numbered by due date within their purchase (where a change of
-- settings already wrote two sets, they are numbered on, so none is lost), replacement suggestions likewise.
ALTER TABLE notifications ADD COLUMN ordinal smallint;

UPDATE notifications n SET ordinal = o.ordinal
FROM (SELECT purchase_id, kind, due_on,
             row_number() OVER (PARTITION BY purchase_id, kind ORDER BY due_on) AS ordinal
      FROM notifications) o
WHERE n.purchase_id = o.purchase_id AND n.kind = o.kind AND n.due_on = o.due_on;

ALTER TABLE notifications
    ALTER COLUMN ordinal SET NOT NULL,
    ADD CONSTRAINT notifications_ordinal_check CHECK (ordinal >= 1),
    DROP CONSTRAINT notifications_once_key,
    ADD CONSTRAINT notifications_once_key PRIMARY KEY (purchase_id, kind, ordinal);
