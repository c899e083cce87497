package io.solemate.aftercare;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** A replacement suggestion to write: the purchase it is due for and the shoes it names, best first. */
public record ReplacementSuggestion(ReplacementDue due, List<Candidate> shoes) {

    /** Dates as people write them ("28 Oct 2026"), as everywhere else the customer reads them. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** A shoe a suggestion may name, with its style: a suggestion names one colourway per style. */
    public record Candidate(long shoeId, String name, String style) {
    }

    public String title() {
        return "Time to replace your " + due.name() + "?";
    }

    public String body() {
        StringBuilder body = new StringBuilder("Your pair of ").append(due.name())
                .append(" reaches the end of its life around ").append(DAY.format(due.endOfLife())).append(". ");
        List<String> others = shoes.stream().filter(c -> c.shoeId() != due.shoeId()).map(Candidate::name).toList();
        if (due.stillSold()) {
            body.append("They are still available");
            body.append(others.isEmpty() ? "." : ", or try: " + String.join(", ", others) + ".");
        } else if (others.isEmpty()) {
            body.append("Nothing similar is in stock in your size right now.");
        } else {
            body.append("Our picks for you: ").append(String.join(", ", others)).append('.');
        }
        return body.toString();
    }
}
