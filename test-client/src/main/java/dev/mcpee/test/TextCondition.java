package dev.mcpee.test;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A condition on a text (a result's text content, an error message), with a description for failure messages:
 * {@code response.assertText(contains("Ada"))}.
 *
 * @param description what the condition expects, e.g. {@code contains "Ada"}
 * @param test        the check
 */
public record TextCondition(String description, Predicate<String> test) {

    /**
     * A condition.
     *
     * @param description what the condition expects
     * @param test        the check
     */
    public TextCondition {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(test, "test");
    }

    /**
     * The text contains a part.
     *
     * @param part the part
     * @return the condition
     */
    public static TextCondition contains(String part) {
        return new TextCondition("contains \"" + part + "\"", t -> t.contains(part));
    }

    /**
     * The text is exactly this.
     *
     * @param expected the text
     * @return the condition
     */
    public static TextCondition equalTo(String expected) {
        return new TextCondition("is \"" + expected + "\"", expected::equals);
    }

    /**
     * The text starts with a prefix.
     *
     * @param prefix the prefix
     * @return the condition
     */
    public static TextCondition startsWith(String prefix) {
        return new TextCondition("starts with \"" + prefix + "\"", t -> t.startsWith(prefix));
    }

    /**
     * A regular expression matches somewhere in the text ({@link java.util.regex.Matcher#find()}).
     *
     * @param regex the expression
     * @return the condition
     */
    public static TextCondition matches(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return new TextCondition("matches /" + regex + "/", t -> pattern.matcher(t).find());
    }

    /**
     * Whether a text meets the condition.
     *
     * @param text the text
     * @return true when it does
     */
    public boolean isMetBy(String text) {
        return test.test(text);
    }
}
