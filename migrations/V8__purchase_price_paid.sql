-- What the customer paid for a pair, in the store currency (solemate.catalog.currency). The catalogue price changes
-- over time and sales take money off, so the price paid belongs to the purchase: a purchase records the shoe's price at
-- the moment it is ingested. Purchases recorded before this migration take the shoe's price as it is now, the best
-- figure the store still has.
ALTER TABLE purchases ADD COLUMN price_paid numeric(10, 2) CHECK (price_paid >= 0);

UPDATE purchases p SET price_paid = s.price FROM shoes s WHERE s.id = p.shoe_id;

ALTER TABLE purchases ALTER COLUMN price_paid SET NOT NULL;
