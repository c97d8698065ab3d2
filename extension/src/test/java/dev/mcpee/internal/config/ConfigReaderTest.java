package dev.mcpee.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.mcpee.internal.problem.Problem;
import dev.mcpee.internal.problem.Problems;
import io.smallrye.config.PropertiesConfigSource;
import dev.mcpee.internal.problem.Problem;
import dev.mcpee.internal.problem.Problems;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

/** The one reader of mcp.* keys: typed values, and each bad one a problem with its id and key. */
class ConfigReaderTest {

    private final Problems problems = new Problems();

    private ConfigReader reader(Map<String, String> values) {
        return new ConfigReader(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 100)).build(), problems);
    }

    /** The problems as users read them. */
    private List<String> texts() {
        return problems.list().stream().map(Problem::toString).toList();
    }

    @Test
    void booleansAsMicroProfileConfigReadsThemAndNoSilentFalse() {
        ConfigReader r = reader(Map.of("a", "yes", "b", "OFF", "c", "1", "d", "maybe"));
        assertTrue(r.bool("a", false));
        assertFalse(r.bool("b", true));
        assertTrue(r.bool("c", false));
        assertTrue(r.bool("d", true), "a bad value keeps the default");
        assertTrue(r.bool("unset", true));
        assertEquals(List.of("MCPEE105: d=maybe is not true or false. Fix: remove it to use the default true."),
                texts());
        assertEquals("d", problems.list().get(0).where());
    }

    @Test
    void aLeewayMayBeZeroATimeoutMayNot() {
        ConfigReader r = reader(Map.of("skew", "PT0S", "timeout", "PT0S"));
        assertEquals(Duration.ZERO, r.durationOrZero("skew", Duration.ofSeconds(60)));
        assertEquals(Duration.ofMinutes(5), r.duration("timeout", Duration.ofMinutes(5)));
        assertEquals(1, problems.size(), texts().toString());
        assertTrue(texts().get(0).startsWith("MCPEE102: timeout=PT0S is not a positive ISO-8601 duration"));
    }

    @Test
    void urlsMustBeAbsoluteHttp() {
        ConfigReader r = reader(Map.of("good", "https://as.example/t", "bad", "ftp://as.example", "rel", "/x"));
        assertEquals("https://as.example/t", r.httpUrl("good").toString());
        assertNull(r.httpUrl("bad"));
        assertNull(r.httpUrl("rel"));
        assertNull(r.httpUrl("unset"));
        assertEquals(List.of("MCPEE104: bad=ftp://as.example is not an absolute http(s) URL. Fix: write an absolute"
                        + " URL starting with https:// or http://.",
                "MCPEE104: rel=/x is not an absolute http(s) URL. Fix: write an absolute URL starting with https://"
                        + " or http://."), texts());
    }

    @Test
    void listsDropBlankEntries() {
        assertEquals(List.of("a", "b"), reader(Map.of("l", " a, ,b ,")).list("l"));
        assertEquals(List.of(), reader(Map.of()).list("l"));
    }
}
