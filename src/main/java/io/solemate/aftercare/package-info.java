/**
 * After-care: care reminders and replacement suggestions that are never written twice and never skipped.
 *
 * <h2>What falls due</h2>
 * Only purchases that were not returned. All dates are UTC days; the purchase day is the UTC date of the purchase
 * instant. See {@link io.solemate.aftercare.Lifecycle} for the arithmetic, which the SQL of the job mirrors.
 * <ul>
 * <li><b>Care reminder</b> {@code n = 1, 2, ...}: due on purchase day + {@code n * shoes.care_interval_days}, for
 * {@code n <= solemate.aftercare.care-reminder-count} and never after the end of life. It carries the shoe's
 * {@code care_instructions} and, when the owner's region has {@code environmental_data} for the 29 days centred on the
 * due date and at least a third of the observed days were wet, snowy or hot, a tip for the most frequent of those and
 * the shoe's material. Only that condition is stored ({@code notifications.tip}); title and body are rendered when the
 * reminder is read, from the shoe as it is then ({@link io.solemate.aftercare.CareTips}), so a reminder row stays
 * narrow.</li>
 * <li><b>End of life</b>: purchase day + {@code floor(lifespan_days * clamp(reference / usage_km_per_week, 0.5, 2.0))}
 * with {@code reference = solemate.aftercare.reference-usage-km-per-week} (20); without a reported usage the factor
 * is 1, at 0 km/week it is 2. Usage is reported as kilometres or equivalent walking distance, so it applies to every
 * category.</li>
 * <li><b>Replacement suggestion</b>: due {@code solemate.aftercare.replacement-window-days} (30) before the end of
 * life, never before the purchase day; one per purchase. It lists up to {@code solemate.aftercare.suggestions} shoe
 * ids in {@code notifications.suggested_shoe_ids}, best first (see
 * {@link io.solemate.aftercare.services.ReplacementPass}).</li>
 * </ul>
 *
 * <h2>The job</h2>
 * {@link io.solemate.aftercare.services.AftercareJob} runs 15 s after start and then every
 * {@code solemate.aftercare.interval} (1h) unless {@code solemate.aftercare.enabled=false}. Each run writes every
 * notification due on or before today that is not written yet, so after downtime it catches up on everything in
 * between. The primary key {@code notifications_once_key (purchase_id, kind, due_on)} with
 * {@code INSERT ... ON CONFLICT DO NOTHING} makes restarts and concurrent replicas safe. Purchases go in batches of
 * {@code solemate.aftercare.batch-size} (10000) ids; care reminders are written set-based in SQL, replacement
 * suggestions are ranked in Java for the purchases due. The metric
 * {@code solemate.notifications.created{kind=care|replacement}} counts what was written.
 *
 * <h2>API</h2>
 * {@code GET /api/users/{id}/notifications?status=unread|read|all} lists due notifications newest due date first,
 * paged; {@code unread} is the default and {@code all} means unread and read: dismissed notifications are never listed,
 * nor those of returned shoes. A notification's id is its key ({@link io.solemate.aftercare.NotificationKey}, e.g.
 * {@code 4711-care-2026-01-05}). {@code POST /api/notifications/{id}/read} and {@code .../dismiss} are idempotent and
 * answer the notification; a dismissed notification stays dismissed. {@code GET /api/users/{id}/shoes} lists owned
 * shoes with their lifecycle.
 *
 * <h2>Layout</h2>
 * The domain types are here, at the root: {@link io.solemate.aftercare.Lifecycle},
 * {@link io.solemate.aftercare.NotificationKey}, the stored {@link io.solemate.aftercare.Notification}, the text of
 * each kind ({@link io.solemate.aftercare.CareTips}, {@link io.solemate.aftercare.ReplacementSuggestion}) and what the
 * stores answer. Sub-packages by role:
 * <ul>
 * <li>{@code resources}: the REST resources and the JSON views they answer; they translate, nothing more.</li>
 * <li>{@code services}: the job, its two passes and the notification service; they decide (batching, ranking,
 * statuses, lifecycles) and count what the job writes.</li>
 * <li>{@code stores}: the SQL, one store per table family, on the reactive Vert.x pool.</li>
 * </ul>
 */
package io.solemate.aftercare;
