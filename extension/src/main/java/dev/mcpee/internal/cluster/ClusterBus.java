package dev.mcpee.internal.cluster;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.cache.Cache;
import javax.cache.configuration.MutableCacheEntryListenerConfiguration;

import dev.mcpee.internal.jsonrpc.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Messages between the instances, through the JCache itself: a message is a new entry of the {@code bus} cache
 * (a unique key, gone after a minute), and every instance listens for new entries. Delivery is the provider's
 * (Hazelcast: to every member, in order per key, asynchronously); an instance ignores its own messages and
 * handles the others on a thread of its own, so the provider's event threads never wait for mcp-ee.
 */
final class ClusterBus implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ClusterBus.class.getName());

    private final Cache<String, String> cache;
    private final String self;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mcp-ee-cluster-bus");
        t.setDaemon(true);
        return t;
    });
    private final MutableCacheEntryListenerConfiguration<String, String> registration;

    /**
     * Joins the bus.
     *
     * @param cache   the bus cache
     * @param self    this instance's id
     * @param handler what this instance does with another's message
     */
    ClusterBus(Cache<String, String> cache, String self, Consumer<JsonObject> handler) {
        this.cache = cache;
        this.self = self;
        BusListenerFactory.handle(self, BusListenerFactory.CREATED, event -> delivery.execute(() -> {
            try {
                JsonObject message = Json.parse(event.getValue()).asJsonObject();
                if (!self.equals(message.getString("from", ""))) {
                    handler.accept(message);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "mcp-ee: a message from another instance could not be handled", e);
            }
        }));
        // Not synchronous: a provider waits only for listeners of the writing member anyway.
        registration = new MutableCacheEntryListenerConfiguration<>(new BusListenerFactory(self,
                BusListenerFactory.CREATED), null, false, false);
        cache.registerCacheEntryListener(registration);
    }

    /**
     * Sends a message to every other instance.
     *
     * @param kind what it is
     * @param body its content
     */
    void publish(String kind, JsonObjectBuilder body) {
        cache.putIfAbsent(UUID.randomUUID().toString(), new String(Json.bytes(body.add("from", self)
                .add("kind", kind).build()), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        try {
            cache.deregisterCacheEntryListener(registration);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "mcp-ee: the bus listener could not be deregistered", e);
        }
        BusListenerFactory.forget(self, BusListenerFactory.CREATED);
        delivery.shutdownNow();
    }
}
