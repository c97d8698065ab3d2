package dev.mcpee.sample.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * An application server a test or the benchmark starts itself (not through Arquillian), optionally pinned to
 * CPU 0 with {@code taskset}: where its HTTP port is, how WARs reach it, how long a deployment took by its own
 * log, its process' CPU time and live objects ({@code jcmd}), and a way to kill it as a crash would.
 */
public abstract class ManagedServer implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(180);

    protected final Path work;
    private final boolean pinned;
    private Process process;
    private ProcessHandle java;

    protected ManagedServer(Path work, boolean pinned) {
        this.work = work;
        this.pinned = pinned;
    }

    /** @return whether it runs on CPU 0 alone */
    public boolean pinned() {
        return pinned;
    }

    /** @return what tells it from another of its kind, e.g. the server's name */
    protected abstract String id();

    /** @return e.g. {@code liberty} */
    public abstract String name();

    /** @return the base URL, e.g. {@code http://localhost:29080} */
    public abstract String baseUrl();

    /** The command that runs the server in the foreground, and prepares its directories. */
    protected abstract List<String> prepare(List<WebArchive> atStart) throws IOException;

    /** Where WARs deployed while it runs are copied. */
    protected abstract Path deployments();

    /** The log the deployment times are read from. */
    protected abstract Path log();

    /**
     * The server's log as it is now (Liberty's messages.log, WildFly's server.log).
     *
     * @return its text, empty before it exists
     * @throws IOException when it cannot be read
     */
    public String logText() throws IOException {
        return Files.exists(log()) ? Files.readString(log()) : "";
    }

    /** The milliseconds the server's own log says a WAR took to deploy. */
    protected abstract long deployMillis(String war) throws IOException;

    /** Whether the log says the WAR is deployed (or failed: an exception). */
    protected abstract boolean deployed(String war) throws IOException;

    /**
     * Starts the server with the WARs and waits until each answers.
     *
     * @param atStart the WARs
     * @param probes  a URL per WAR that answers once it is up (any HTTP status but 404 and 503)
     * @throws Exception when it does not start in time
     */
    public void start(List<WebArchive> atStart, List<String> probes) throws Exception {
        List<String> command = new ArrayList<>();
        if (pinned) {
            command.addAll(List.of("taskset", "-c", "0"));
        }
        command.addAll(prepare(atStart));
        Path console = work.resolve(id() + "-console.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(console.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        process = builder.start();
        Instant deadline = Instant.now().plus(START);
        for (String probe : probes) {
            while (!answers(probe)) {
                if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                    throw new IllegalStateException(name() + " did not start in time; see " + console);
                }
                for (WebArchive war : atStart) {
                    deployed(war.getName()); // throws at once when the server says a WAR failed
                }
                Thread.sleep(250);
            }
        }
        java = process.toHandle().info().command().filter(c -> c.endsWith("java")).isPresent() ? process.toHandle()
                : process.descendants().filter(p -> p.info().command().filter(c -> c.endsWith("java")).isPresent())
                        .findFirst().orElseThrow(() -> new IllegalStateException("no java process under " + name()));
    }

    private static boolean answers(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(5000);
            int status = c.getResponseCode();
            c.disconnect();
            return status != 404 && status != 503;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Deploys a WAR while the server runs and waits until its log says so.
     *
     * @param war the archive
     * @return the deployment time the server logged, in milliseconds
     * @throws Exception when it is not deployed within two minutes
     */
    public long deploy(WebArchive war) throws Exception {
        Path staging = work.resolve(war.getName() + ".tmp");
        war.as(ZipExporter.class).exportTo(staging.toFile(), true);
        Files.move(staging, deployments().resolve(war.getName()), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!deployed(war.getName())) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(war.getName() + " was not deployed on " + name() + " in 2 minutes");
            }
            Thread.sleep(100);
        }
        return deployMillis(war.getName());
    }

    /**
     * Removes a WAR deployed while the server runs (it leaves the server, which is not waited for).
     *
     * @param war the archive's file name
     * @throws IOException when the file cannot be removed
     */
    public void undeploy(String war) throws IOException {
        Files.deleteIfExists(deployments().resolve(war));
    }

    /** @return the server process' CPU time so far (all threads, user and system), in nanoseconds */
    public long cpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(java.pid()), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of proc(5), utime and stime, in clock ticks (100 per second on Linux)
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the server process' live threads, from {@code /proc/<pid>/status} */
    public int threads() {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(java.pid()), "status")).stream()
                    .filter(l -> l.startsWith("Threads:")).map(l -> Integer.parseInt(l.substring(8).strip()))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bytes of live objects, by {@code jcmd GC.class_histogram} (which collects first and counts only what
     * is reachable): exact, unlike the heap's occupancy, which also holds garbage the collector has not yet
     * reached (the classes of an undeployed WAR, say).
     *
     * @return the total of the histogram
     * @throws Exception when jcmd fails
     */
    public long liveBytes() throws Exception {
        String histogram = jcmd("GC.class_histogram");
        Matcher total = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)").matcher(histogram);
        if (!total.find()) {
            throw new IllegalStateException("no total in jcmd GC.class_histogram: " + histogram.lines().limit(5)
                    .toList());
        }
        return Long.parseLong(total.group(1));
    }

    /**
     * Starts a Java Flight Recording in the server.
     *
     * @param file     where it is written when {@link #stopRecording()} is called
     * @param settings {@code profile}, {@code default} or the path of a {@code .jfc} file
     * @throws Exception when jcmd fails
     */
    public void startRecording(Path file, String settings) throws Exception {
        jcmd("JFR.start", "name=bench", "settings=" + settings, "filename=" + file.toAbsolutePath());
    }

    /**
     * Stops the recording and writes its file.
     *
     * @throws Exception when jcmd fails
     */
    public void stopRecording() throws Exception {
        jcmd("JFR.stop", "name=bench");
    }

    private String jcmd(String... command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        List<String> line = new ArrayList<>(List.of(jcmd.toString(), String.valueOf(java.pid())));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " did not finish");
        }
        return out;
    }

    /**
     * Kills the server's processes at once, as a crash would: nothing shuts down cleanly.
     *
     * @throws Exception when they do not end within a minute
     */
    public void kill() throws Exception {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            p.onExit().get(60, TimeUnit.SECONDS);
        }
        process = null;
    }

    /** Stops the server and waits for its processes to end. */
    @Override
    public void close() throws Exception {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                p.destroyForcibly();
            }
        }
        process = null;
    }
}
