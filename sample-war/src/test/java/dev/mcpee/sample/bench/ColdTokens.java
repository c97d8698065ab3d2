package dev.mcpee.sample.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The fresh tokens of the cold-token scenarios, minted before any server starts (an RS256 signature costs the
 * load generator about a millisecond): one list per algorithm, revision, concurrency and round, plus a shorter
 * one per algorithm and revision for the warm-ups. Each server JVM, and in it each endpoint, sees every token once, so the same lists serve
 * every server, pinning and endpoint.
 */
final class ColdTokens {

    private static final int WARMUP = 300;
    private final Map<String, List<String>> lists = new HashMap<>();

    ColdTokens(BenchIssuer issuer, String audience, List<Scenario> scenarios, List<String> revisions,
               List<Integer> concurrency, int rounds, int perRound) {
        for (Scenario s : scenarios) {
            if (s.coldToken() == null) {
                continue;
            }
            for (String revision : revisions) {
                boolean stateless = Load.REVISION_2026.equals(revision);
                lists.put(key(s, stateless, 0, -1), mint(issuer, s, audience, WARMUP));
                for (int clients : concurrency) {
                    for (int r = 0; r < rounds; r++) {
                        lists.put(key(s, stateless, clients, r), mint(issuer, s, audience, perRound));
                    }
                }
            }
        }
    }

    private static List<String> mint(BenchIssuer issuer, Scenario s, String audience, int count) {
        return IntStream.range(0, count).parallel().mapToObj(i -> issuer.token(s.coldToken(), audience, "bench-cold"))
                .toList();
    }

    private static String key(Scenario s, boolean stateless, int clients, int round) {
        return s.coldToken() + "/" + stateless + "/" + clients + "/" + round;
    }

    /**
     * The warm-up tokens: the same for every warm-up of the algorithm and revision, so only their first use is
     * cold; warm-ups are not measured.
     *
     * @return the tokens, or null for a scenario with one token per client
     */
    List<String> warmup(Scenario s, boolean stateless) {
        return s.coldToken() == null ? null : lists.get(key(s, stateless, 0, -1));
    }

    /** @return the tokens of a round of a cell, or null for a scenario with one token per client */
    List<String> round(Scenario s, boolean stateless, int clients, int round) {
        return s.coldToken() == null ? null : lists.get(key(s, stateless, clients, round));
    }
}
