package dev.mcpee.internal;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Assertions;

/** Waiting in tests, always with a deadline: a condition that never comes true fails the test instead of hanging it. */
public final class Await {

    private Await() {
    }

    /**
     * Waits until a condition holds.
     *
     * @param condition what to wait for
     * @param deadline  how long at most
     * @param what      what is awaited, for the failure message
     * @throws InterruptedException when interrupted
     */
    public static void until(BooleanSupplier condition, Duration deadline, String what) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                Assertions.fail("Not within " + deadline + ": " + what);
            }
            Thread.sleep(5);
        }
    }
}
