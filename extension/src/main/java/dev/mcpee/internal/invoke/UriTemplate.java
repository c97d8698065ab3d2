package dev.mcpee.internal.invoke;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RFC 6570 level-1 URI template ({@code vetassist://pets/{petId}}), compiled once into a pattern that
 * matches concrete URIs and extracts the variables. A variable matches one non-empty run of characters
 * without {@code /}, {@code ?} or {@code #}; its value is percent-decoded.
 */
public final class UriTemplate {

    private static final Pattern EXPRESSION = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z0-9_]+");

    private final String template;
    private final Pattern pattern;
    private final List<String> variables;
    private final int literalLength;

    private UriTemplate(String template, Pattern pattern, List<String> variables, int literalLength) {
        this.template = template;
        this.pattern = pattern;
        this.variables = List.copyOf(variables);
        this.literalLength = literalLength;
    }

    /**
     * Compiles a template.
     *
     * @param template the template
     * @return the compiled template
     * @throws IllegalArgumentException naming what is wrong (an operator, a bad variable name, a repeat, two
     *                                  variables in one path segment)
     */
    public static UriTemplate compile(String template) {
        Matcher m = EXPRESSION.matcher(template);
        StringBuilder regex = new StringBuilder();
        List<String> variables = new ArrayList<>();
        int last = 0;
        int literal = 0;
        while (m.find()) {
            String name = m.group(1);
            if (!VARIABLE.matcher(name).matches()) {
                throw new IllegalArgumentException("'{" + name + "}' is not a simple variable (letters, digits and _;"
                        + " operators such as + # / ? are not supported)");
            }
            if (variables.contains(name)) {
                throw new IllegalArgumentException("the variable '" + name + "' appears twice");
            }
            String text = template.substring(last, m.start());
            checkLiteral(text);
            // Two variables in one path segment ("{a}-{b}") cannot be told apart, and matching them backtracks
            // polynomially in the URI's length (found by UriTemplateFuzzTest): a '/', '?' or '#' must separate them.
            if (!variables.isEmpty() && text.chars().noneMatch(c -> c == '/' || c == '?' || c == '#')) {
                throw new IllegalArgumentException("'{" + variables.get(variables.size() - 1) + "}' and '{" + name
                        + "}' share a path segment, so a URI cannot say where one ends; put a '/' between them");
            }
            regex.append(Pattern.quote(text)).append("([^/?#]+)");
            literal += text.length();
            variables.add(name);
            last = m.end();
        }
        String tail = template.substring(last);
        checkLiteral(tail);
        regex.append(Pattern.quote(tail));
        return new UriTemplate(template, Pattern.compile(regex.toString()), variables, literal + tail.length());
    }

    private static void checkLiteral(String text) {
        if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0) {
            throw new IllegalArgumentException("unbalanced braces");
        }
    }

    /**
     * Whether a URI string is a template at all.
     *
     * @param uri the URI or template
     * @return true when it holds an expression
     */
    public static boolean isTemplate(String uri) {
        return uri.indexOf('{') >= 0;
    }

    /**
     * The variables, in order.
     *
     * @return the names
     */
    public List<String> variables() {
        return variables;
    }

    /**
     * How many literal characters the template has: the more, the more specific.
     *
     * @return the count
     */
    public int literalLength() {
        return literalLength;
    }

    /**
     * Matches a URI.
     *
     * @param uri the concrete URI
     * @return the variables' values, or null when the URI does not match
     */
    public Map<String, String> match(String uri) {
        Matcher m = pattern.matcher(uri);
        if (!m.matches()) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            String decoded = percentDecode(m.group(i + 1));
            if (decoded == null) {
                return null;
            }
            values.put(variables.get(i), decoded);
        }
        return values;
    }

    @Override
    public String toString() {
        return template;
    }

    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            int c = s.codePointAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return null;
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] bytes = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
                i += Character.charCount(c) - 1;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
