package dev.mcpee.internal.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;

/**
 * The one reader of {@code mcp.*} keys: typed values, each bad value one problem that starts with its id and
 * names the key and the fix. {@link McpConfig} and the authorization settings both read through it.
 *
 * <p>Configuration problem ids: MCPEE101 not a positive whole number, MCPEE102 not a duration, MCPEE103
 * not an origin, MCPEE104 not an absolute http(s) URL, MCPEE105 not a boolean; the authorization settings
 * use MCPEE106 and up.
 */
public final class ConfigReader {

    private final Config config;
    private final List<String> problems;

    /**
     * Creates the reader.
     *
     * @param config   the application's configuration
     * @param problems receives one message per bad value
     */
    public ConfigReader(Config config, List<String> problems) {
        this.config = config;
        this.problems = problems;
    }

    /**
     * Records a problem.
     *
     * @param problem the message, starting with its id
     */
    public void problem(String problem) {
        problems.add(problem);
    }

    /**
     * A string, stripped; blank counts as not set.
     *
     * @param key          the key
     * @param defaultValue the value when not set
     * @return the value
     */
    public String string(String key, String defaultValue) {
        Optional<String> value = config.getOptionalValue(key, String.class);
        return value.map(String::strip).filter(v -> !v.isEmpty()).orElse(defaultValue);
    }

    /**
     * A boolean, as MicroProfile Config's converter reads it ({@code true}, {@code 1}, {@code yes}, {@code y},
     * {@code on}, and their opposites, any case); anything else is a problem, not a silent {@code false}.
     *
     * @param key          the key
     * @param defaultValue the value when not set
     * @return the value
     */
    public boolean bool(String key, boolean defaultValue) {
        String raw = string(key, null);
        if (raw == null) {
            return defaultValue;
        }
        switch (raw.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes", "y", "on":
                return true;
            case "false", "0", "no", "n", "off":
                return false;
            default:
                break;
        }
        problems.add("MCPEE105: " + key + "=" + raw + " is not true or false; remove it to use the default "
                + defaultValue + ".");
        return defaultValue;
    }

    /**
     * A comma-separated list, entries stripped, blank entries dropped.
     *
     * @param key the key
     * @return the entries, empty when not set
     */
    public List<String> list(String key) {
        String raw = string(key, null);
        List<String> out = new ArrayList<>();
        if (raw != null) {
            for (String item : raw.split(",")) {
                if (!item.isBlank()) {
                    out.add(item.strip());
                }
            }
        }
        return out;
    }

    /**
     * A positive whole number.
     *
     * @param key          the key
     * @param defaultValue the value when not set
     * @return the value
     */
    public int positiveInt(String key, int defaultValue) {
        String raw = string(key, null);
        if (raw == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("MCPEE101: " + key + "=" + raw + " is not a positive whole number; remove it to use the default "
                + defaultValue + ".");
        return defaultValue;
    }

    /**
     * A positive ISO-8601 duration.
     *
     * @param key          the key
     * @param defaultValue the value when not set
     * @return the value
     */
    public Duration duration(String key, Duration defaultValue) {
        return duration(key, defaultValue, false);
    }

    /**
     * An ISO-8601 duration that may be zero (a leeway).
     *
     * @param key          the key
     * @param defaultValue the value when not set
     * @return the value
     */
    public Duration durationOrZero(String key, Duration defaultValue) {
        return duration(key, defaultValue, true);
    }

    private Duration duration(String key, Duration defaultValue, boolean zero) {
        String raw = string(key, null);
        if (raw == null) {
            return defaultValue;
        }
        try {
            Duration value = Duration.parse(raw);
            if (!value.isNegative() && (zero || !value.isZero())) {
                return value;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        problems.add("MCPEE102: " + key + "=" + raw + " is not a" + (zero ? "n" : " positive")
                + " ISO-8601 duration such as " + (zero ? "PT60S" : "PT30M") + "; remove it to use the default "
                + defaultValue + ".");
        return defaultValue;
    }

    /**
     * An absolute http or https URL.
     *
     * @param key the key
     * @return the URL, or null when not set or invalid (then a problem was recorded)
     */
    public URI httpUrl(String key) {
        String raw = string(key, null);
        if (raw == null) {
            return null;
        }
        try {
            URI uri = new URI(raw);
            if (uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add("MCPEE104: " + key + "=" + raw + " is not an absolute http(s) URL.");
        return null;
    }

    /**
     * Browser origins.
     *
     * @param key          the key
     * @param defaultValue the list when not set
     * @return the policy
     */
    public OriginPolicy origins(String key, String defaultValue) {
        String raw = string(key, defaultValue);
        List<String> entries = new ArrayList<>();
        for (String entry : raw.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            if (!e.equals("*") && !e.matches("[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#\\s]+")) {
                problems.add("MCPEE103: " + key + " entry '" + e + "' is not an origin such as"
                        + " https://app.example.com or http://localhost:* (scheme://host[:port], no path), nor *.");
                continue;
            }
            entries.add(e);
        }
        return new OriginPolicy(entries);
    }
}
