package dev.mcpee.sample.servers;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Where the load generator runs: with {@code taskset}, on CPU 1 while the server has CPU 0, or on every CPU.
 * Threads started later inherit the affinity of the thread that starts them, so this is set before each run's
 * client threads exist.
 */
public final class Cpus {

    /** The machine's CPUs, counted before this JVM pins itself (which makes it see one). */
    public static final int COUNT = Runtime.getRuntime().availableProcessors();

    private Cpus() {
    }

    /** @return whether {@code taskset} exists and there are at least two CPUs */
    public static boolean canPin() {
        return COUNT >= 2 && taskset("-V");
    }

    /**
     * Pins this JVM's threads to CPU 1, or lets them use every CPU again.
     *
     * @param pinned whether to pin
     */
    public static void pinSelf(boolean pinned) {
        if (!canPin()) {
            return;
        }
        String cpus = pinned ? "1" : "0-" + (COUNT - 1);
        if (!taskset("-a", "-p", "-c", cpus, String.valueOf(ProcessHandle.current().pid()))) {
            throw new IllegalStateException("taskset could not set this JVM's CPUs to " + cpus);
        }
    }

    private static boolean taskset(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "taskset";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
