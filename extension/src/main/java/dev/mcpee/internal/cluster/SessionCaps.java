package dev.mcpee.internal.cluster;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.cache.Cache;
import javax.cache.CacheException;

import dev.mcpee.internal.jsonrpc.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;

/**
 * The session caps, held for the whole cluster with compare-and-set on shared entries: a counter of live
 * sessions ({@code mcp.session.max}) and, per owner, their sessions oldest first ({@code
 * mcp.session.max-per-owner}). A place is given back exactly once: by whoever takes the session off its owner's
 * list (the instance that deletes it, evicts it for a newer one, or sees it expire).
 */
final class SessionCaps {

    private static final String LIVE = "live";
    private static final int ATTEMPTS = 100;

    private final Cache<String, Long> counters;
    private final Cache<String, String> owners;
    private final Cache<String, String> sessions;
    private final int max;
    private final int maxPerOwner;

    SessionCaps(Cache<String, Long> counters, Cache<String, String> owners, Cache<String, String> sessions, int max,
                int maxPerOwner) {
        this.counters = counters;
        this.owners = owners;
        this.sessions = sessions;
        this.max = max;
        this.maxPerOwner = maxPerOwner;
    }

    /** @return the live sessions counted */
    int live() {
        Long live = counters.get(LIVE);
        return live == null ? 0 : live.intValue();
    }

    /**
     * Takes a place for a new session.
     *
     * @return false when every place is taken
     */
    boolean reserve() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Long live = counters.get(LIVE);
            if (live != null && live >= max) {
                return false;
            }
            if (live == null ? counters.putIfAbsent(LIVE, 1L) : counters.replace(LIVE, live, live + 1)) {
                return true;
            }
        }
        throw new CacheException("the count of live sessions keeps changing");
    }

    /** Gives a place back. */
    void unreserve() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Long live = counters.get(LIVE);
            if (live == null || live <= 0 || counters.replace(LIVE, live, live - 1)) {
                return;
            }
        }
    }

    /**
     * Adds a session to its owner's list; beyond the owner's cap the oldest leaves the list, and its place is
     * given back.
     *
     * @param owner the owner
     * @param id    the new session
     * @return the id of the session that must end now, or null
     */
    String admit(String owner, String id) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String old = owners.get(owner);
            List<String> ids = ids(old);
            // Sessions that are gone without anyone hearing of it (no instance saw them expire): their places
            // are given back here. containsKey does not count as a use, so it keeps no session alive.
            int gone = ids.size();
            ids.removeIf(known -> !sessions.containsKey(known));
            gone -= ids.size();
            ids.add(id);
            String ended = ids.size() > maxPerOwner ? ids.remove(0) : null;
            if (old == null ? owners.putIfAbsent(owner, text(ids)) : owners.replace(owner, old, text(ids))) {
                for (int i = ended == null ? gone : gone + 1; i > 0; i--) {
                    unreserve();
                }
                return ended;
            }
        }
        throw new CacheException("the sessions of one owner keep changing");
    }

    /**
     * Takes a session off its owner's list and gives its place back, if no one did yet.
     *
     * @param owner the owner
     * @param id    the session
     * @return whether this call did
     */
    boolean release(String owner, String id) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String old = owners.get(owner);
            List<String> ids = ids(old);
            if (old == null || !ids.remove(id)) {
                return false;
            }
            if (ids.isEmpty() ? owners.remove(owner, old) : owners.replace(owner, old, text(ids))) {
                unreserve();
                return true;
            }
        }
        throw new CacheException("the sessions of one owner keep changing");
    }

    private static List<String> ids(String text) {
        return text == null ? new ArrayList<>()
                : new ArrayList<>(Json.parse(text).asJsonArray().getValuesAs(JsonString::getString));
    }

    private static String text(List<String> ids) {
        JsonArrayBuilder array = Json.array();
        ids.forEach(array::add);
        return new String(Json.bytes(array.build()), StandardCharsets.UTF_8);
    }
}
