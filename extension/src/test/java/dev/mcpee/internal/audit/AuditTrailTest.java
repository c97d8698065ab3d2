package dev.mcpee.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.observe.Decision;
import dev.mcpee.internal.observe.Exchange;
import dev.mcpee.internal.observe.Identity;
import dev.mcpee.internal.observe.Observers;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which exchanges get a line, at which level (the lines' content: {@code ObservedHttpTest}). */
class AuditTrailTest {

    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger logger = Logger.getLogger(AuditTrail.LOGGER);
    private Level before;

    @BeforeEach
    void listen() {
        before = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void stop() {
        logger.removeHandler(capture);
        logger.setLevel(before);
    }

    private static void allowedCall(Observers observers) {
        Exchange e = observers.exchange("POST", h -> null);
        e.caller(new Identity("https://issuer", "alice", null));
        e.message("tools/call", Json.string("1"), Json.object().add("name", "echo").build());
        e.begin();
        e.end(200, Json.object().add("result", JsonValue.EMPTY_JSON_OBJECT).build());
    }

    private static void refusal(Observers observers) {
        observers.exchange("POST", h -> null).refused(Decision.UNAUTHENTICATED, "no access token", 401);
    }

    @Test
    void byDefaultOnlyRefusalsAreWritten() {
        Observers observers = new Observers(List.of(new AuditTrail(Level.INFO, false)));
        allowedCall(observers);
        refusal(observers);
        assertEquals(1, records.size());
        assertTrue(records.get(0).getMessage().contains("\"decision\":\"unauthenticated\""));
        assertEquals(Level.INFO, records.get(0).getLevel());
    }

    @Test
    void withAllowedEveryRequestIsWrittenAtTheConfiguredLevel() {
        Observers observers = new Observers(List.of(new AuditTrail(Level.FINE, true)));
        allowedCall(observers);
        refusal(observers);
        assertEquals(2, records.size());
        assertTrue(records.get(0).getMessage().contains("\"decision\":\"allowed\""));
        assertEquals(Level.FINE, records.get(0).getLevel());
    }

    @Test
    void aLoggerSetAboveTheLevelWritesNothing() {
        logger.setLevel(Level.WARNING);
        Observers observers = new Observers(List.of(new AuditTrail(Level.INFO, true)));
        allowedCall(observers);
        refusal(observers);
        assertEquals(0, records.size());
    }
}
