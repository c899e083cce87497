package io.solemate.desk;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What went wrong, for a person: every error the desk answers is this page, never JSON or a stack trace. */
@RegisterForReflection
public record ErrorPage(int status, String title, String detail) {

    /** The page for a status; {@code detail} (a service's own explanation) where there is one, else the usual. */
    public static ErrorPage of(int status, String detail) {
        return switch (status) {
            case 400 -> new ErrorPage(400, "Bad request", detail != null ? detail
                    : "The request could not be read. If you sent a form, reload the page and send it again: its "
                            + "security token may have expired.");
            case 403 -> new ErrorPage(403, "Not allowed", detail != null ? detail
                    : "Your account may not do this.");
            case 404 -> new ErrorPage(404, "Not found", detail != null ? detail
                    : "There is no page at this address.");
            case 405 -> new ErrorPage(405, "Not possible here",
                    "This address does not answer that kind of request; follow a link or a button instead.");
            case 406, 415 -> new ErrorPage(status, "Not possible here",
                    "This address answers web pages only; the API is under /api.");
            case 409 -> new ErrorPage(409, "Not now", detail != null ? detail : "Something else is under way.");
            case 503 -> new ErrorPage(503, "Try again shortly", detail != null ? detail
                    : "The service is not ready; try again in a moment.");
            default -> status >= 500
                    ? new ErrorPage(status, "Something went wrong",
                            "The request failed on our side and has been logged. Try again; if it keeps failing, "
                                    + "tell whoever runs the service.")
                    : new ErrorPage(status, "Request refused", detail != null ? detail
                            : "The request could not be handled.");
        };
    }
}
