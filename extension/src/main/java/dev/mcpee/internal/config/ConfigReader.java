package dev.mcpee.internal.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.mcpee.internal.problem.ConfigMessages;
import dev.mcpee.internal.problem.Problem;
import dev.mcpee.internal.problem.Problems;
import org.eclipse.microprofile.config.Config;

/**
 * The one reader of {@code mcp.*} keys: typed values, each bad value one problem naming the key and the fix
 * (the texts and ids are in {@link ConfigMessages}). {@link McpConfig} and the authorization settings both read
 * through it.
 */
public final class ConfigReader {

    private final Config config;
    private final Problems problems;

    /**
     * Creates the reader.
     *
     * @param config   the application's configuration
     * @param problems receives one problem per bad value
     */
    public ConfigReader(Config config, Problems problems) {
        this.config = config;
        this.problems = problems;
    }

    /**
     * Records a problem.
     *
     * @param problem the problem
     */
    public void problem(Problem problem) {
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
        problems.add(ConfigMessages.notBoolean(key, raw, defaultValue));
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
        problems.add(ConfigMessages.notPositiveInt(key, raw, defaultValue));
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
        problems.add(ConfigMessages.notDuration(key, raw, zero, defaultValue));
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
        problems.add(ConfigMessages.notHttpUrl(key, raw));
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
                problems.add(ConfigMessages.notOrigin(key, e));
                continue;
            }
            entries.add(e);
        }
        return new OriginPolicy(entries);
    }
}
