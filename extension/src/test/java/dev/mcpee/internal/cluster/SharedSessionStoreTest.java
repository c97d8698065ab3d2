package dev.mcpee.internal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import dev.mcpee.api.McpContext;
import dev.mcpee.internal.config.McpConfig;
import dev.mcpee.internal.config.OriginPolicy;
import dev.mcpee.internal.config.StoreSettings;
import dev.mcpee.internal.http.SessionClient;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.session.Peers;
import dev.mcpee.internal.session.Session;
import dev.mcpee.internal.session.SessionLimitException;
import dev.mcpee.internal.session.StreamLog;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared session store on a real JCache provider (one embedded Hazelcast member on loopback), with two stores
 * in this JVM standing for two instances of the application: they share the caches, and each has its own
 * sessions' live parts and its own place on the bus.
 */
class SharedSessionStoreTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static SharedSessionStore a;
    private static SharedSessionStore b;

    private static McpConfig config(String prefix, Duration idle, int max, int maxPerOwner) {
        return new McpConfig("t", "1", null, null, 50, idle, max, maxPerOwner, 1000, new OriginPolicy(List.of()),
                Duration.ofSeconds(5), 100, Duration.ZERO, null, new StoreSettings(true,
                "com.hazelcast.cache.HazelcastMemberCachingProvider", null,
                Map.of("hazelcast.config.location", "classpath:test-hazelcast.xml"), prefix, Duration.ofMinutes(1)),
                dev.mcpee.internal.config.Limits.DEFAULTS);
    }

    /** A store standing for one instance, on caches of its own prefix (closing it would stop the member). */
    private static SharedSessionStore instance(McpConfig config) {
        return SharedSessionStore.open(config, SharedSessionStoreTest.class.getClassLoader());
    }

    @BeforeAll
    static void instances() {
        McpConfig config = config("unit", Duration.ofMinutes(5), 1000, 3);
        a = instance(config);
        b = instance(config);
    }

    @AfterAll
    static void stop() {
        b.close();
        a.close();
        // Readiness: with the member stopped, the store no longer answers its probe.
        assertFalse(a.reachable(), "a closed store answered the readiness probe");
    }

    @Test
    void aLiveStoreAnswersTheReadinessProbe() {
        assertTrue(a.reachable());
        assertTrue(b.reachable());
    }

    private static String owner() {
        return "https://issuer.example\n" + UUID.randomUUID();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), what + " within " + DEADLINE.toSeconds() + " s");
            Thread.sleep(20);
        }
    }

    @Test
    void aSessionCreatedOnOneInstanceServesOnTheOtherForItsOwnerOnly() {
        String alice = owner();
        Session created = a.create("2025-11-25", alice);
        Session found = b.find(created.id(), alice);
        assertNotNull(found);
        assertEquals("2025-11-25", found.protocolVersion());
        assertNull(b.find(created.id(), owner()), "another user presenting the id finds nothing");
        assertNull(b.find("no-such-session", alice));
    }

    @Test
    void whatTheClientAskedForOnOneInstanceIsWhatTheOtherSees() {
        String owner = owner();
        Session onA = a.create("2025-11-25", owner);
        onA.clientCapabilities(Json.object().add("elicitation", Json.object()).build());
        onA.markInitialized();
        onA.logLevel(McpContext.Level.WARNING);
        onA.subscribe("vetassist://pets/1");
        Session onB = b.find(onA.id(), owner);
        assertTrue(onB.initialized());
        assertEquals(McpContext.Level.WARNING, onB.logLevel());
        assertTrue(onB.clientCapabilities().containsKey("elicitation"));
        assertTrue(onB.subscribed("vetassist://pets/1"));
        onB.unsubscribe("vetassist://pets/1");
        assertFalse(a.find(onA.id(), owner).subscribed("vetassist://pets/1"), "and back again");
    }

    @Test
    void aClientsAnswerPostedToOneInstanceReachesTheCallWaitingOnTheOther() throws Exception {
        String owner = owner();
        Session onA = a.create("2025-11-25", owner);
        CompletableFuture<JsonObject> waiting = new CompletableFuture<>();
        String requestId = onA.requests().open(waiting);
        JsonObject answer = Json.object().add("jsonrpc", "2.0").add("id", requestId)
                .add("result", Json.object().add("action", "accept")).build();
        new SessionClient(b.find(onA.id(), owner), b.peers(), dev.mcpee.internal.config.Limits.DEFAULTS).answer(Json.string(requestId), answer);
        assertEquals(answer, waiting.get(DEADLINE.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void aCancellationPostedToOneInstanceReachesTheCallRunningOnTheOther() throws Exception {
        String owner = owner();
        Session onA = a.create("2025-11-25", owner);
        CountDownLatch cancelled = new CountDownLatch(1);
        onA.calls().started(Json.string("call-7"), cancelled::countDown);
        new SessionClient(b.find(onA.id(), owner), b.peers(), dev.mcpee.internal.config.Limits.DEFAULTS).cancel(Json.string("call-7"));
        assertTrue(cancelled.await(DEADLINE.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void notificationsAndSwitchesReachTheOtherInstance() throws Exception {
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        b.peers().receive(new Peers.Local() {
            @Override
            public void notifyLocally(JsonObject message, String uri) {
                heard.add(message.getString("method") + " " + uri);
            }

            @Override
            public void switchLocally(String list, String name, boolean enabled) {
                heard.add(list + " " + name + " " + enabled);
            }
        });
        a.peers().notify(Json.object().add("method", "notifications/resources/updated").build(), "x://1");
        a.peers().switched("tools", "echo", false);
        assertEquals("notifications/resources/updated x://1", heard.poll(DEADLINE.toSeconds(), TimeUnit.SECONDS));
        assertEquals("tools echo false", heard.poll(DEADLINE.toSeconds(), TimeUnit.SECONDS));
        assertNull(heard.poll(200, TimeUnit.MILLISECONDS), "an instance does not hear its own messages again");
    }

    @Test
    void aSessionDeletedOnOneInstanceIsGoneOnTheOtherAndItsStreamsStop() throws Exception {
        String owner = owner();
        Session onA = a.create("2025-11-25", owner);
        Session onB = b.find(onA.id(), owner);
        assertTrue(a.remove(onA.id()));
        assertNull(b.find(onA.id(), owner));
        await(onB::closed, "B's view of the session ends");
        assertFalse(a.remove(onA.id()), "ended once");
    }

    @Test
    void anOwnersOldestSessionEndsBeyondTheCapWhicheverInstanceMadeThem() {
        String owner = owner();
        Session first = a.create("2025-11-25", owner);
        b.create("2025-11-25", owner);
        a.create("2025-11-25", owner);
        int live = a.size();
        b.create("2025-11-25", owner);
        assertNull(a.find(first.id(), owner), "the fourth session of one owner ends the first");
        assertEquals(live, b.size(), "one place given back for the one taken");
    }

    @Test
    void theTotalCapHoldsAcrossInstancesAndExpiredSessionsGiveTheirPlacesBack() throws Exception {
        McpConfig small = config("caps-" + UUID.randomUUID(), Duration.ofSeconds(1), 2, 10);
        SharedSessionStore x = instance(small);
        SharedSessionStore y = instance(small);
        x.create("2025-11-25", owner());
        y.create("2025-11-25", owner());
        assertThrows(SessionLimitException.class, () -> x.create("2025-11-25", owner()));
        // Idle for a second: the provider expires both, and one instance gives each place back.
        await(() -> x.size() == 0, "expired sessions free their places");
        assertNotNull(y.create("2025-11-25", owner()));
    }

    @Test
    void aStreamRecordedOnOneInstanceIsReplayedOnTheOther() throws Exception {
        JCacheCluster cluster = JCacheCluster.open(config("unit", Duration.ofMinutes(5), 1000, 3).store(),
                Duration.ofMinutes(5), getClass().getClassLoader());
        String session = UUID.randomUUID().toString();
        StreamLog onA = new SharedStreamLog(session, cluster, ConcurrentHashMap.newKeySet(), 2);
        StreamLog onB = new SharedStreamLog(session, cluster, ConcurrentHashMap.newKeySet(), 2);
        onA.started("s1", Json.string("r1"));
        for (int i = 0; i < 3; i++) {
            onA.record("s1", i, ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(onB.knows("s1"));
        assertEquals(3, onB.nextSequence("s1"));
        assertEquals(List.of(1, 2), onB.after("s1", -1, 0).stream().map(StreamLog.Event::sequence).toList(),
                "two events kept per stream");
        assertFalse(onB.isComplete("s1"));
        onA.complete("s1");
        assertTrue(onB.isComplete("s1"));
        onA.pin("server");
        assertEquals("server", onB.pinned());
    }

    @Test
    void aCallWhoseInstanceStoppedIsAnsweredWithAnErrorForWhoeverResumesIt() throws Exception {
        JCacheCluster cluster = JCacheCluster.open(config("unit", Duration.ofMinutes(5), 1000, 3).store(),
                Duration.ofMinutes(5), getClass().getClassLoader());
        String session = UUID.randomUUID().toString();
        Set<String> writingOnA = ConcurrentHashMap.newKeySet();
        StreamLog onA = new SharedStreamLog(session, cluster, writingOnA, 100);
        StreamLog onB = new SharedStreamLog(session, cluster, ConcurrentHashMap.newKeySet(), 100);
        onA.started("call", Json.string("r9"));
        onA.record("call", 0, "{\"progress\":1}".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(0), onB.after("call", -1, 300).stream().map(StreamLog.Event::sequence).toList());
        assertTrue(onB.after("call", 0, 300).isEmpty(), "while A lives, B waits for its next event");
        // A stops: its heartbeat no longer says the stream is alive.
        writingOnA.clear();
        cluster.alive.remove(session + "|call");
        List<StreamLog.Event> end = onB.after("call", 0, 5000);
        assertEquals(1, end.size(), end.toString());
        JsonObject answer = Json.parse(new String(end.get(0).data(), StandardCharsets.UTF_8)).asJsonObject();
        assertEquals("r9", answer.getString("id"));
        assertTrue(answer.getJsonObject("error").getString("message").contains("stopped"), answer.toString());
        assertTrue(onB.isComplete("call"));
        assertEquals(end.get(0).sequence(), onA.after("call", 0, 0).get(0).sequence(), "answered once, for all");
    }
}
