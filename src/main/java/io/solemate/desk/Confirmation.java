package io.solemate.desk;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What the last notification action did, shown where it was taken (in the pair's card, or in the summary for "Mark
 * all read") and focused there, so neither the eye nor a screen reader has to look for it (post/redirect/get). A
 * dismissal carries an undo: the notification and the status it had.
 */
@RegisterForReflection
public record Confirmation(String text, long purchaseId, String undoNotificationId, String undoStatus) {

    /** Shown in the "due now" summary rather than in a pair's card. */
    public static final long SUMMARY = 0;

    public boolean undoable() {
        return undoNotificationId != null;
    }

    public boolean in(long purchase) {
        return purchaseId == purchase;
    }
}
